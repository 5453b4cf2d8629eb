using System.Globalization;
using System.Text;
using NewsParse.Datelines;
using NewsParse.Json;
using NewsParse.Quotes;
using NewsParse.Urls;

namespace NewsParse.Cli;

/// <summary>
/// Writes results for people to read (<c>--format text</c>): the id on its own line, then one aligned row per
/// finding. Not a contract: programs should read the JSON Lines output.
/// </summary>
internal sealed class TextReportWriter : IReportWriter
{
    private const int MaxUrlColumnWidth = 100;
    private const string LabelIndent = "  ";
    private const int LabelWidth = 10;
    private const int RoleWidth = 11;

    private readonly Stream _output;
    private readonly StringBuilder _entry = new();

    /// <summary>Writes to <paramref name="output"/>, which the caller disposes.</summary>
    /// <param name="output">The buffered standard output.</param>
    public TextReportWriter(Stream output)
    {
        _output = output;
    }

    /// <inheritdoc/>
    public bool Write(in DocumentResult result)
    {
        // Built whole before any byte is written, so a document's entry is never cut in half.
        _entry.Clear();
        if (result.Error is not null)
        {
            string message = result.Error.StartsWith(result.Id + ": ", StringComparison.Ordinal)
                ? result.Error[(result.Id.Length + 2)..]
                : result.Error;
            _entry.AppendShown(result.Id).Append(": error: ").AppendShown(message).Append('\n');
        }
        else
        {
            AppendArticle(result.Id, result.Article!);
        }

        byte[] bytes = Encoding.UTF8.GetBytes(_entry.ToString());
        _output.Write(bytes);
        return result.Error is not null;
    }

    /// <inheritdoc/>
    public void Flush() => _output.Flush();

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private void AppendArticle(string id, NewsArticle article)
    {
        _entry.AppendShown(id).Append('\n');
        AppendDateline(article.Dateline);
        AppendQuotes(article.Quotes);
        AppendLabel("urls");
        if (article.Urls.Count == 0)
        {
            _entry.Append("(none)\n");
            return;
        }

        int urlWidth = 0;
        foreach (SourceUrl url in article.Urls)
        {
            urlWidth = Math.Max(urlWidth, Math.Min(url.Url.Length, MaxUrlColumnWidth));
        }

        for (int i = 0; i < article.Urls.Count; i++)
        {
            SourceUrl url = article.Urls[i];
            if (i > 0)
            {
                _entry.Append(' ', LabelIndent.Length + LabelWidth);
            }

            _entry.Append(NewsArticleJson.RoleName(url.Role).PadRight(RoleWidth))
                .AppendShown(url.Url.PadRight(urlWidth))
                .Append(CultureInfo.InvariantCulture, $"  [{url.Start}..{url.End})\n");
        }
    }

    private void AppendQuotes(IReadOnlyList<Quote> quotes)
    {
        AppendLabel("quotes");
        if (quotes.Count == 0)
        {
            _entry.Append("(none)\n");
            return;
        }

        for (int i = 0; i < quotes.Count; i++)
        {
            Quote quote = quotes[i];
            if (i > 0)
            {
                _entry.Append(' ', LabelIndent.Length + LabelWidth);
            }

            string text = quote.Text.Length > 60 ? quote.Text[..57] + "..." : quote.Text;
            _entry.Append(NewsArticleJson.KindName(quote.Kind).PadRight(RoleWidth))
                .Append('“').AppendShown(text.ReplaceLineEndings(" ")).Append('”');
            if (quote.Speaker is not null)
            {
                _entry.Append(" — ").AppendShown(quote.Speaker);
                if (quote.SpeakerResolved is not null && quote.SpeakerResolved != quote.Speaker)
                {
                    _entry.Append(" (").AppendShown(quote.SpeakerResolved).Append(')');
                }
            }

            if (quote.Cue is not null)
            {
                _entry.Append(", ").AppendShown(quote.Cue);
            }

            _entry.Append($"  [{quote.Start}..{quote.End})\n");
        }
    }

    private void AppendDateline(Dateline? dateline)
    {
        AppendLabel("dateline");
        if (dateline is null)
        {
            _entry.Append("(none)\n");
            return;
        }

        _entry.Append(dateline.Date?.ToString() ?? "(no date)");
        if (dateline.Time is TimeOnly time)
        {
            _entry.Append(' ').Append(time.ToString("HH:mm", CultureInfo.InvariantCulture)).AppendShown(dateline.TimeZone is null ? "" : " " + dateline.TimeZone);
        }

        _entry.AppendShown(dateline.Location is null ? "" : "  " + dateline.Location)
            .AppendShown(dateline.Agency is null ? "" : $"  ({dateline.Agency})")
            .Append($"  [{dateline.Start}..{dateline.End})\n");
    }

    private StringBuilder AppendLabel(string label) => _entry.Append(LabelIndent).Append(label.PadRight(LabelWidth));
}
