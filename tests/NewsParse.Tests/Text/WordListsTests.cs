using System.Reflection;
using NewsParse.Tests.Infrastructure;
using NewsParse.Text;

namespace NewsParse.Tests.Text;

/// <summary>
/// The word lists in <c>eng/words</c>, one concept a file, and the sets eng/update-words.py makes of them: each list
/// sorted, no word in it twice, and its set holding exactly its words.
/// </summary>
public sealed class WordListsTests
{
    private static readonly string s_folder = Path.Combine(RepositoryRoot.Path, "eng", "words");

    public static TheoryData<string> Lists() => [.. Directory.GetFiles(s_folder, "*.txt").Select(Path.GetFileName).OfType<string>().Order()];

    [Theory]
    [MemberData(nameof(Lists))]
    public void A_list_is_sorted_and_holds_no_word_twice(string file)
    {
        (bool anyCase, string[] words, string[] all) = Read(file);
        all.Should().NotBeEmpty("a list holds words of its own or takes in other lists");
        words.Should().NotContain(word => word.Length == 0 || word.Any(char.IsWhiteSpace));
        if (anyCase)
        {
            words.Should().NotContain(word => word != word.ToLowerInvariant(), "a list that matches in any case is written in lower case");
        }

        words.Select(word => anyCase ? word.ToLowerInvariant() : word).Should().OnlyHaveUniqueItems();
        words.Should().Equal(words.OrderBy(word => word.ToLowerInvariant(), StringComparer.Ordinal).ThenBy(word => word, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void The_generated_set_holds_exactly_the_list(string file)
    {
        (bool anyCase, _, string[] words) = Read(file);
        string name = string.Concat(Path.GetFileNameWithoutExtension(file).Split('-').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
        FieldInfo? field = typeof(WordLists).GetField(name, BindingFlags.Public | BindingFlags.Static);
        field.Should().NotBeNull($"eng/update-words.py makes WordLists.{name} of {file}: run it after editing the list");
        var set = (WordSet)field!.GetValue(null)!;
        set.Count.Should().Be(words.Length, "the set is made from this list as it stands, with the lists it takes in");
        words.Should().OnlyHaveUniqueItems("a word a list takes in is not written in it again");
        words.Should().OnlyContain(word => set.Contains(word));
        set.Contains(words[0].ToUpperInvariant()).Should().Be(anyCase || words[0] == words[0].ToUpperInvariant());
    }

    [Fact]
    public void Every_set_comes_from_a_list() =>
        typeof(WordLists).GetFields(BindingFlags.Public | BindingFlags.Static).Length.Should().Be(Lists().Count);

    [Fact]
    public void A_list_taken_in_by_another_is_written_once()
    {
        WordLists.NotSubjects.Contains("Thursday").Should().BeTrue("not-subjects.txt takes in weekdays.txt");
        WordLists.NotNameStarts.Contains("May").Should().BeTrue("not-name-starts.txt takes in months.txt, capitalised");
        WordLists.NotNameStarts.Contains("may").Should().BeFalse("a list that matches as written takes the names as they are written");
        foreach (string file in Lists())
        {
            (_, string[] words, _) = Read(file);
            words.Should().NotContain(word => word.Equals("monday", StringComparison.OrdinalIgnoreCase) && file != "weekdays.txt", $"{file} takes in weekdays.txt rather than writing a day");
        }
    }

    // How a list matches, its own words, and those with the words of the lists it takes in (`@weekdays`, and what those
    // take in): as they are into a list that matches in any case, with a capital first letter into one that matches as written.
    private static (bool AnyCase, string[] Words, string[] AllWords) Read(string file)
    {
        string[] lines = File.ReadAllLines(Path.Combine(s_folder, file));
        lines[0].Should().BeOneOf(["# any case", "# as written"], "a list's first line says how its words match");
        bool anyCase = lines[0] == "# any case";
        IEnumerable<string> taken = lines.Where(line => line.StartsWith('@'))
            .SelectMany(line => Read(line[1..] + ".txt").AllWords)
            .Select(word => anyCase ? word : char.ToUpperInvariant(word[0]) + word[1..]);
        return (anyCase, [.. OwnWords(lines)], [.. OwnWords(lines).Concat(taken)]);
    }

    private static IEnumerable<string> OwnWords(string[] lines) => lines.Skip(1).Where(line => !line.StartsWith('#') && !line.StartsWith('@'));
}
