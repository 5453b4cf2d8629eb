using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsParse.Datelines;
using NewsParse.Quotes;
using NewsParse.Urls;

namespace NewsParse.Cli;

/// <summary>
/// Writes results as the JSON Lines contract of DESIGN.md: one object per document, keys in contract order,
/// <c>\n</c> after each. Uses <see cref="Utf8JsonWriter"/> directly; the repository allows no serializer reflection.
/// </summary>
internal sealed class JsonLinesWriter : IReportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        // Article text is full of non-ASCII names and typographic quotes; \uXXXX escapes would make it unreadable.
        // The output is a data stream, never embedded in HTML, so the relaxed encoder is safe here.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly Stream _output;
    private readonly Utf8JsonWriter _json;

    /// <summary>Writes to <paramref name="output"/>, which the caller disposes.</summary>
    /// <param name="output">The buffered standard output.</param>
    public JsonLinesWriter(Stream output)
    {
        _output = output;
        _json = new Utf8JsonWriter(output, Options);
    }

    /// <inheritdoc/>
    public bool Write(in DocumentResult result)
    {
        bool failed = result.Error is not null;
        try
        {
            if (result.Error is null)
            {
                WriteArticle(result.Id, result.Article!);
            }
            else
            {
                WriteError(result.Id, result.Error);
            }
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // Utf8JsonWriter refuses unpaired surrogates. Nothing of the document has left the writer's buffer yet,
            // so drop it and write an error line instead: one line per document, never half of one.
            _json.Reset();
            WriteError(Utf8Text.ReplaceUnpairedSurrogates(result.Id), $"cannot write result: {ex.Message}");
            failed = true;
        }

        _json.Flush();
        _json.Reset();
        _output.WriteByte((byte)'\n');
        return failed;
    }

    /// <inheritdoc/>
    public void Flush() => _output.Flush();

    /// <inheritdoc/>
    public void Dispose()
    {
        // Reset first: Dispose would flush whatever a failed write left pending, a partial line.
        _json.Reset();
        _json.Dispose();
    }

    private void WriteArticle(string id, NewsArticle article)
    {
        _json.WriteStartObject();
        _json.WriteString("id"u8, id);

        WriteDateline(article.Dateline);

        _json.WriteStartArray("quotes"u8);
        foreach (Quote quote in article.Quotes)
        {
            _json.WriteStartObject();
            _json.WriteString("text"u8, quote.Text);
            _json.WriteNumber("start"u8, quote.Start);
            _json.WriteNumber("length"u8, quote.Length);
            _json.WriteString("speaker"u8, quote.Speaker);
            _json.WriteString("speakerResolved"u8, quote.SpeakerResolved);
            _json.WriteString("cue"u8, quote.Cue);
            _json.WriteString("kind"u8, QuoteKindNames.Of(quote.Kind));
            if (quote.Group is int group)
            {
                _json.WriteNumber("group"u8, group);
            }
            else
            {
                _json.WriteNull("group"u8);
            }

            _json.WriteEndObject();
        }

        _json.WriteEndArray();

        _json.WriteStartArray("urls"u8);
        foreach (SourceUrl url in article.Urls)
        {
            _json.WriteStartObject();
            _json.WriteString("url"u8, url.Url);
            _json.WriteNumber("start"u8, url.Start);
            _json.WriteNumber("length"u8, url.Length);
            _json.WriteString("role"u8, UrlRoleNames.Of(url.Role));
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    private void WriteDateline(Dateline? dateline)
    {
        if (dateline is null)
        {
            _json.WriteNull("dateline"u8);
            return;
        }

        _json.WriteStartObject("dateline"u8);
        _json.WriteString("text"u8, dateline.Text);
        _json.WriteNumber("start"u8, dateline.Start);
        _json.WriteNumber("length"u8, dateline.Length);
        _json.WriteString("location"u8, dateline.Location);
        _json.WriteString("agency"u8, dateline.Agency);
        _json.WriteString("date"u8, dateline.Date?.ToString());
        _json.WriteString("time"u8, dateline.Time?.ToString("HH:mm", CultureInfo.InvariantCulture));
        _json.WriteEndObject();
    }

    private void WriteError(string id, string error)
    {
        _json.WriteStartObject();
        _json.WriteString("id"u8, id);
        _json.WriteString("error"u8, Utf8Text.ReplaceUnpairedSurrogates(error));
        _json.WriteEndObject();
    }
}
