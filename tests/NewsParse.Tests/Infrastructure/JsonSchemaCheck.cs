using System.Text.Json;
using System.Text.RegularExpressions;

namespace NewsParse.Tests.Infrastructure;

/// <summary>
/// Checks JSON against a JSON Schema that uses only the keywords the output schema needs (draft 2020-12 meaning):
/// <c>$ref</c> to <c>#/$defs/…</c>, <c>oneOf</c>, <c>not</c>, <c>type</c>, <c>required</c>, <c>properties</c>,
/// <c>additionalProperties</c> (true or false), <c>items</c>, <c>enum</c>, <c>minimum</c>, <c>pattern</c>. A schema with
/// any other keyword is refused, so that a keyword is never silently not checked.
/// </summary>
internal sealed class JsonSchemaCheck
{
    private static readonly HashSet<string> s_annotations = ["$schema", "$id", "title", "description", "$defs"];

    private static readonly HashSet<string> s_checked =
        ["$ref", "oneOf", "not", "type", "required", "properties", "additionalProperties", "items", "enum", "minimum", "pattern"];

    private readonly JsonElement _root;

    public JsonSchemaCheck(JsonElement schema)
    {
        _root = schema;
        RefuseUnknownKeywords(schema);
    }

    /// <summary>What in <paramref name="instance"/> breaks the schema, one line each; empty when nothing does.</summary>
    public List<string> Problems(JsonElement instance)
    {
        var problems = new List<string>();
        Check(_root, instance, "$", problems);
        return problems;
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> problems)
    {
        foreach (JsonProperty keyword in schema.EnumerateObject())
        {
            switch (keyword.Name)
            {
                case "$ref":
                    Check(Resolve(keyword.Value.GetString()!), value, path, problems);
                    break;
                case "oneOf":
                    int passing = keyword.Value.EnumerateArray().Count(option => Passes(option, value));
                    if (passing != 1)
                    {
                        problems.Add($"{path}: matches {passing} of the oneOf options, not 1");
                    }

                    break;
                case "not":
                    if (Passes(keyword.Value, value))
                    {
                        problems.Add($"{path}: matches what it must not");
                    }

                    break;
                case "type":
                    string[] types = keyword.Value.ValueKind == JsonValueKind.Array
                        ? keyword.Value.EnumerateArray().Select(t => t.GetString()!).ToArray()
                        : [keyword.Value.GetString()!];
                    if (!types.Any(type => IsOfType(value, type)))
                    {
                        problems.Add($"{path}: {value.ValueKind} is not {string.Join(" or ", types)}");
                    }

                    break;
                case "required" when value.ValueKind == JsonValueKind.Object:
                    foreach (JsonElement name in keyword.Value.EnumerateArray())
                    {
                        if (!value.TryGetProperty(name.GetString()!, out _))
                        {
                            problems.Add($"{path}: has no \"{name.GetString()}\"");
                        }
                    }

                    break;
                case "properties" when value.ValueKind == JsonValueKind.Object:
                    foreach (JsonProperty property in value.EnumerateObject())
                    {
                        if (keyword.Value.TryGetProperty(property.Name, out JsonElement propertySchema))
                        {
                            Check(propertySchema, property.Value, $"{path}.{property.Name}", problems);
                        }
                    }

                    break;
                case "additionalProperties" when value.ValueKind == JsonValueKind.Object && keyword.Value.ValueKind == JsonValueKind.False:
                    JsonElement known = schema.TryGetProperty("properties", out JsonElement properties) ? properties : default;
                    foreach (JsonProperty property in value.EnumerateObject())
                    {
                        if (known.ValueKind != JsonValueKind.Object || !known.TryGetProperty(property.Name, out _))
                        {
                            problems.Add($"{path}: has \"{property.Name}\", which the schema does not allow");
                        }
                    }

                    break;
                case "items" when value.ValueKind == JsonValueKind.Array:
                    int index = 0;
                    foreach (JsonElement item in value.EnumerateArray())
                    {
                        Check(keyword.Value, item, $"{path}[{index++}]", problems);
                    }

                    break;
                case "enum":
                    if (!keyword.Value.EnumerateArray().Any(allowed => JsonElement.DeepEquals(allowed, value)))
                    {
                        problems.Add($"{path}: {value} is none of {keyword.Value}");
                    }

                    break;
                case "minimum" when value.ValueKind == JsonValueKind.Number:
                    if (value.GetDouble() < keyword.Value.GetDouble())
                    {
                        problems.Add($"{path}: {value} is below {keyword.Value}");
                    }

                    break;
                case "pattern" when value.ValueKind == JsonValueKind.String:
                    if (!Regex.IsMatch(value.GetString()!, keyword.Value.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
                    {
                        problems.Add($"{path}: \"{value.GetString()}\" does not match {keyword.Value.GetString()}");
                    }

                    break;
            }
        }
    }

    private bool Passes(JsonElement schema, JsonElement value)
    {
        var problems = new List<string>();
        Check(schema, value, "", problems);
        return problems.Count == 0;
    }

    private JsonElement Resolve(string reference)
    {
        const string Prefix = "#/$defs/";
        return reference.StartsWith(Prefix, StringComparison.Ordinal)
            ? _root.GetProperty("$defs").GetProperty(reference[Prefix.Length..])
            : throw new NotSupportedException($"Only references to #/$defs/ are checked, not {reference}.");
    }

    private static bool IsOfType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "null" => value.ValueKind == JsonValueKind.Null,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        _ => throw new NotSupportedException($"No JSON type is called {type}."),
    };

    private static void RefuseUnknownKeywords(JsonElement schema)
    {
        foreach (JsonProperty keyword in schema.EnumerateObject())
        {
            if (!s_annotations.Contains(keyword.Name) && !s_checked.Contains(keyword.Name))
            {
                throw new NotSupportedException($"The schema uses {keyword.Name}, which this check does not check.");
            }

            IEnumerable<JsonElement> subschemas = keyword.Name switch
            {
                "$defs" or "properties" => keyword.Value.EnumerateObject().Select(p => p.Value),
                "oneOf" => keyword.Value.EnumerateArray(),
                "not" or "items" => [keyword.Value],
                _ => [],
            };
            foreach (JsonElement subschema in subschemas)
            {
                RefuseUnknownKeywords(subschema);
            }
        }
    }
}
