using System.Text.Json;
using NewsParse.Tests.Infrastructure;

namespace NewsParse.Tests.Datelines;

/// <summary>The dateline parser on the shared corpus: Reuters wire stories and the seed articles.</summary>
public sealed class DatelineCorpusTests
{
    [SharedCorpusFact]
    public void Every_reuters_story_gets_its_gold_date_and_place()
    {
        Dictionary<string, JsonElement> gold = SharedCorpus.ReadLines("reuters21578/gold.jsonl").ToDictionary(g => g.GetProperty("id").GetString()!);
        var misses = new List<string>();
        foreach (JsonElement article in SharedCorpus.ReadLines("reuters21578/articles.jsonl"))
        {
            if (!gold.TryGetValue(article.GetProperty("id").GetString()!, out JsonElement expected))
            {
                continue;
            }

            JsonElement want = expected.GetProperty("dateline");
            NewsParse.Datelines.Dateline? got = NewsParser.Default.Parse(article.GetProperty("text").GetString()!).Dateline;
            string? place = want.GetProperty("location").GetString();
            if (got?.Date?.ToString() != want.GetProperty("date").GetString() || (place is not null && Words(got?.Location) != Words(place)))
            {
                misses.Add($"{article.GetProperty("id").GetString()}: want {want.GetProperty("raw").GetString()} got {got?.Text}");
            }
        }

        misses.Should().BeEmpty();
    }

    [SharedCorpusFact]
    public void The_seed_articles_get_their_gold_dates()
    {
        Dictionary<string, JsonElement> gold = SharedCorpus.ReadLines("seeds/gold.jsonl").ToDictionary(g => g.GetProperty("id").GetString()!);
        foreach (JsonElement article in SharedCorpus.ReadLines("seeds/articles.jsonl"))
        {
            string id = article.GetProperty("id").GetString()!;
            JsonElement want = gold[id].GetProperty("dateline");
            NewsParse.Datelines.Dateline? got = NewsParser.Default.Parse(article.GetProperty("text").GetString()!).Dateline;
            if (want.ValueKind == JsonValueKind.Null)
            {
                got.Should().BeNull(id);
                continue;
            }

            got!.Date.ToString().Should().Be(want.GetProperty("date").GetString(), id);
            (got.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)).Should().Be(want.GetProperty("time").GetString(), id);
        }
    }

    // The scorer compares places word by word, case and final points aside.
    private static string Words(string? place) =>
        string.Join(' ', (place ?? "").ToLowerInvariant().Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimEnd('.')).Where(w => w.Length > 0));
}
