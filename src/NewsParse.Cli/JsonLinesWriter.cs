using System.Text.Json;
using NewsParse.Json;

namespace NewsParse.Cli;

/// <summary>
/// Writes results as the JSON Lines contract of DESIGN.md: one object per document, keys in contract order,
/// <c>\n</c> after each: the id, then the article as the library writes it (<see cref="NewsArticleJson"/>).
/// </summary>
internal sealed class JsonLinesWriter : IReportWriter
{
    private readonly Stream _output;
    private readonly Utf8JsonWriter _json;

    private readonly OffsetUnit _offsets;

    /// <summary>Writes to <paramref name="output"/>, which the caller disposes.</summary>
    /// <param name="output">The buffered standard output.</param>
    /// <param name="offsets">What the offsets written count.</param>
    public JsonLinesWriter(Stream output, OffsetUnit offsets = OffsetUnit.Utf16)
    {
        _output = output;
        _offsets = offsets;
        _json = new Utf8JsonWriter(output, NewsArticleJson.LineOptions);
    }

    /// <inheritdoc/>
    public bool Write(in DocumentResult result)
    {
        bool failed = result.Error is not null;
        try
        {
            if (result.Error is null)
            {
                WriteArticle(result.Id, result.Fields, result.Article!, result.Text!);
            }
            else
            {
                WriteError(result.Id, result.Fields, result.Error);
            }
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            // Utf8JsonWriter refuses unpaired surrogates. Nothing of the document has left the writer's buffer yet,
            // so drop it and write an error line instead: one line per document, never half of one.
            _json.Reset();
            WriteError(Utf8Text.ReplaceUnpairedSurrogates(result.Id), result.Fields, $"cannot write result: {ex.Message}");
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

    private void WriteArticle(string id, IReadOnlyList<PassThroughField>? fields, NewsArticle article, string text)
    {
        WriteStart(id, fields);
        NewsArticleJson.WriteProperties(_json, article, text, _offsets);
        _json.WriteEndObject();
    }

    private void WriteError(string id, IReadOnlyList<PassThroughField>? fields, string error)
    {
        WriteStart(id, fields);
        _json.WriteString("error"u8, Utf8Text.ReplaceUnpairedSurrogates(error));
        _json.WriteEndObject();
    }

    // The object's start: the id, then the fields the input passed through, each value as the input wrote it.
    private void WriteStart(string id, IReadOnlyList<PassThroughField>? fields)
    {
        _json.WriteStartObject();
        _json.WriteString("id"u8, id);
        foreach (PassThroughField field in fields ?? [])
        {
            _json.WritePropertyName(field.Name);
            _json.WriteRawValue(field.Value, skipInputValidation: true);
        }
    }
}
