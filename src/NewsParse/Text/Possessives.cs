namespace NewsParse.Text;

/// <summary>The possessive ending of a word: <c>Ghana's</c>, <c>Kwame Nkrumah’s</c>.</summary>
internal static class Possessives
{
    /// <summary><paramref name="word"/> without its <c>'s</c> or <c>’s</c>; the word itself when it has none.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] is 's' or 'S' && word[^2] is '\'' or '’' ? word[..^2] : word;
}
