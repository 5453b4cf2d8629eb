using FluentAssertions;
using NewsParse.Text;
using Xunit;

namespace NewsParse.Tests.Text;

public class WordSetTests
{
    private static readonly WordSet s_cues = WordSet.IgnoreCase("said", "told", "added");
    private static readonly WordSet s_titles = WordSet.CaseSensitive("Senator", "Gov.");

    [Theory]
    [InlineData("said", true)]
    [InlineData("Said", true)]
    [InlineData("SAID", true)]
    [InlineData("sai", false)]
    [InlineData("saids", false)]
    [InlineData("", false)]
    public void IgnoreCase_MatchesWordsInAnyLetterCase(string word, bool expected) =>
        s_cues.Contains(word).Should().Be(expected);

    [Theory]
    [InlineData("Senator", true)]
    [InlineData("senator", false)]
    [InlineData("Gov.", true)]
    [InlineData("Gov", false)]
    public void CaseSensitive_MatchesWordsOnlyAsWritten(string word, bool expected) =>
        s_titles.Contains(word).Should().Be(expected);

    [Fact]
    public void Contains_ReadsASliceOfLongerText()
    {
        ReadOnlySpan<char> sentence = "the minister told reporters";
        s_cues.Contains(sentence.Slice(13, 4)).Should().BeTrue();
        s_cues.Contains(sentence.Slice(13, 5)).Should().BeFalse();
    }

    [Fact]
    public void A_large_set_finds_each_of_its_words_in_any_case_and_nothing_else()
    {
        var random = new Random(11);
        string[] words = Enumerable.Range(0, 600).Select(_ => RandomWord(random)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        WordSet set = WordSet.IgnoreCase(words);
        foreach (string word in words)
        {
            set.Contains(word.ToUpperInvariant()).Should().BeTrue(word);
            set.Contains(word.ToLowerInvariant()).Should().BeTrue(word);
            set.Contains(word + "x").Should().Be(words.Contains(word + "x", StringComparer.OrdinalIgnoreCase), word);
            string shorter = word.Remove(word.Length - 1);
            set.Contains(shorter).Should().Be(words.Contains(shorter, StringComparer.OrdinalIgnoreCase), word);
        }
    }

    // The set answers as the ordinal comparison it is made with, beyond ASCII too (`ı`, `ſ`, the Kelvin sign, accents),
    // whether its own words are all ASCII or not; and for signs and control characters that differ from a letter or a
    // sign of the set by the bit that tells an ASCII letter's case (`@` and `` ` ``, BEL and `'`), in words of any length.
    [Theory]
    [InlineData("is said ask Ana k Senator Gov. a-b", "aAiIısSſkK\u212AéÉüÜoOjJ.-bBdDnNrRtTvVG", 9)]
    [InlineData("is said ask Ana José über k Senator Gov. a-b ıs ſo", "aAiIısSſkK\u212AéÉüÜoOjJ.-bBdDnNrRtTvVG", 9)]
    [InlineData("o'brien ma'am spokes-woman don't re-elected vice-president co-founder e.g. a.m.", "oObBrRiIeEnN'\u0007\u2019-\r.\u000Ee@`[{aAmMsSpPkKwWdDtTlLcCvVfFuUgG", 16)]
    [InlineData("counterterrorism counter-terrorism internationally", "cCoOuUnNtTeErRiIsSmM-\raAlLyY\u017F\u212A", 20)]
    public void Answers_as_its_comparison_for_any_word(string list, string letters, int maxLength)
    {
        string[] words = list.Split(' ');
        WordSet ignoreCase = WordSet.IgnoreCase(words);
        WordSet caseSensitive = WordSet.CaseSensitive(words);
        char[] alphabet = letters.ToCharArray();
        var random = new Random(5);
        for (int i = 0; i < 100_000; i++)
        {
            string word = new(Enumerable.Range(0, random.Next(0, maxLength)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            if (i % 3 == 0)
            {
                word = Mutate(words[random.Next(words.Length)], alphabet, random);
            }

            ignoreCase.Contains(word).Should().Be(words.Contains(word, StringComparer.OrdinalIgnoreCase), word);
            caseSensitive.Contains(word).Should().Be(words.Contains(word, StringComparer.Ordinal), word);
        }
    }

    private static string RandomWord(Random random) =>
        new(Enumerable.Range(0, random.Next(1, 14)).Select(_ => (char)('a' + random.Next(26))).ToArray());

    private static string Mutate(string word, char[] alphabet, Random random)
    {
        char[] chars = word.ToCharArray();
        int at = random.Next(chars.Length);
        chars[at] = random.Next(2) == 0 ? char.ToUpperInvariant(chars[at]) : alphabet[random.Next(alphabet.Length)];
        return new string(chars);
    }
}
