using System.Runtime.CompilerServices;

namespace NewsParse.Text;

/// <summary>The possessive ending of a word: <c>Ghana's</c>, <c>Kwame Nkrumah’s</c>, <c>Sanders'</c>.</summary>
internal static class Possessives
{
    /// <summary>
    /// <paramref name="word"/> without its <c>'s</c> or <c>’s</c>, or the apostrophe after its <c>s</c> (<c>Sanders'</c>);
    /// the word itself when it has none.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        // Told by the last character: most words end in neither an `s` nor an apostrophe.
        if (word.Length > 2)
        {
            char last = word[^1];
            if (last is 's' or 'S')
            {
                return word[^2] is '\'' or '’' ? word[..^2] : word;
            }

            if (last is '\'' or '’')
            {
                return word[^2] == 's' ? word[..^1] : word;
            }
        }

        return word;
    }
}
