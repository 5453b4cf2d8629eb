using NewsParse.Text;
using static NewsParse.Text.WordLists;

namespace NewsParse.Quotes;

/// <summary>
/// Tells what a quote is: words someone said in full (<see cref="QuoteKind.Direct"/>) or in part inside a sentence
/// (<see cref="QuoteKind.Partial"/>), or a term, a title or a headline's words set apart in marks
/// (<see cref="QuoteKind.Scare"/>).
/// </summary>
internal static class QuoteKinds
{
    private const int ScareWords = 3;
    private const int MaxTitleWords = 8;

    /// <summary>
    /// The kind of <paramref name="quote"/>, which stands <paramref name="inside"/> a sentence or not, with a cue or not,
    /// with a speaker in reach or not.
    /// </summary>
    public static QuoteKind Classify(ReadOnlySpan<char> text, in PairedQuote quote, bool inside, bool hasCue, bool headline, bool speakerInReach)
    {
        return headline || (!hasCue && CountWords(text, quote.Start, quote.End) <= ScareWords && (!speakerInReach || LooksLikeTermOrTitle(text, quote)))
            || (inside && IsTitle(text, quote) && !IsLedBySpeech(text, quote.OpenMark)) ? QuoteKind.Scare
            : IsDirect(text, quote, inside) ? QuoteKind.Direct : QuoteKind.Partial;
    }

    // Direct: starts with a capital where a sentence starts, or after a colon or comma lead-in. Partial: words
    // quoted inside a sentence.
    private static bool IsDirect(ReadOnlySpan<char> text, in PairedQuote quote, bool inside)
    {
        int p = quote.Start;
        while (p < quote.End && (text[p] is '[' or '(' or '…' or '.' or ' ' || QuoteMarks.RoleOf(text[p]).OpensSingle))
        {
            p++;
        }

        return !inside && p < quote.End && (char.IsUpper(text[p]) || char.IsDigit(text[p]));
    }


    // A title (`Meet the Press`), a name or a term set apart (`so-called “austerity”`): not words someone said.
    private static bool LooksLikeTermOrTitle(ReadOnlySpan<char> text, in PairedQuote quote)
    {
        ReadOnlySpan<char> words = text[quote.Start..quote.End].Trim().TrimEnd(".,;:!?");
        if (words.IsEmpty)
        {
            return true;
        }

        int before = quote.OpenMark;
        ReadOnlySpan<char> lead = text[Math.Max(0, before - 12)..before].TrimEnd();
        if (lead.EndsWith("so-called", StringComparison.OrdinalIgnoreCase) || lead.EndsWith("so called", StringComparison.OrdinalIgnoreCase) || lead.EndsWith("dubbed", StringComparison.Ordinal)
            || lead.EndsWith("titled", StringComparison.Ordinal) || lead.EndsWith("word", StringComparison.Ordinal) || lead.EndsWith("term", StringComparison.Ordinal))
        {
            return true;
        }

        // Every word capitalised: a title or a name, not a phrase from speech.
        return IsTitleCase(words);
    }


    // Words quoted inside a sentence in title case, two words or more, are a title, a name or a slogan even where the
    // sentence has a speaker (`Osei said he watched “Harbour Nights”`); an exclamation or a question is still speech.
    private static bool IsTitle(ReadOnlySpan<char> text, in PairedQuote quote)
    {
        ReadOnlySpan<char> words = text[quote.Start..quote.End].Trim().TrimEnd(".,;:");
        return !words.IsEmpty && words[^1] is not ('!' or '?') && words.Count(' ') is >= 1 and < MaxTitleWords
            && words.ContainsAnyInRange('A', 'Z') && IsTitleCase(words);
    }


    // `chanting "Bernie or Bust,"`, `interjecting, “Only Rosie”`: words in title case right after a cue that says them,
    // a participle or a cue and its comma, are said (a title follows a verb of naming or of writing: `called the rally
    // “Build Ghana Again”`, `wrote “The Long Road”`).
    private static bool IsLedBySpeech(ReadOnlySpan<char> text, int open)
    {
        ReadOnlySpan<char> lead = text[Math.Max(0, open - 24)..open].TrimEnd();
        bool comma = !lead.IsEmpty && lead[^1] is ',' or ':';
        lead = lead.TrimEnd(",:");
        ReadOnlySpan<char> word = lead[(lead.LastIndexOf(' ') + 1)..];
        return SpeechCues.StrengthOf(word) == CueStrength.Strong && (comma || SpeechCues.IsParticiple(word));
    }

    // Every word starts with a capital but the short ones a title leaves in lower case after its first (`Planet of the
    // Apes`; not `from the IMF`).
    private static bool IsTitleCase(ReadOnlySpan<char> words)
    {
        bool first = true;
        foreach (Range word in words.Split(' '))
        {
            ReadOnlySpan<char> w = words[word];
            if (!w.IsEmpty && char.IsLetter(w[0]) && !char.IsUpper(w[0]) && (first || !MinorTitleWords.Contains(w)))
            {
                return false;
            }

            first &= w.IsEmpty;
        }

        return true;
    }

    private static int CountWords(ReadOnlySpan<char> text, int start, int end)
    {
        int words = 0;
        bool inWord = false;
        for (int p = start; p < end && words <= ScareWords; p++)
        {
            bool letter = !CharClass.IsSpace(text[p]);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }
}
