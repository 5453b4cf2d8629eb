using System.Text.Json;

namespace NewsParse.Json;

/// <summary>The steps every reader of the contract takes: an object's properties one by one, arrays, typed values.</summary>
internal static class JsonRead
{
    /// <summary>A reader of one value at the reader's position.</summary>
    public delegate T ValueReader<out T>(ref Utf8JsonReader reader);

    /// <summary>Throws unless the reader stands on the start of an object.</summary>
    public static void ExpectObject(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Expected {what} (a JSON object), found {reader.TokenType}.");
        }
    }

    /// <summary>Moves to the next property name of the object being read; false on its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader)
    {
        if (!reader.Read())
        {
            throw new JsonException("The JSON ends inside an object.");
        }

        return reader.TokenType == JsonTokenType.PropertyName;
    }

    /// <summary>Passes over the value of the property just read.</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        if (!reader.TrySkip())
        {
            throw new JsonException("The JSON ends inside a value.");
        }
    }

    /// <summary>The items of the array at the reader's position, each read by <paramref name="item"/>.</summary>
    public static List<T> Array<T>(ref Utf8JsonReader reader, string what, ValueReader<T> item)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"Expected \"{what}\" to be an array, found {reader.TokenType}.");
        }

        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(item(ref reader));
        }

        return reader.TokenType == JsonTokenType.EndArray ? items : throw new JsonException($"The JSON ends inside \"{what}\".");
    }

    /// <summary>The string value of the property just read, or <see langword="null"/>.</summary>
    public static string? String(ref Utf8JsonReader reader)
    {
        reader.Read();
        try
        {
            return reader.TokenType switch
            {
                JsonTokenType.Null => null,
                JsonTokenType.String => reader.GetString(),
                _ => throw new JsonException($"Expected a string or null, found {reader.TokenType}."),
            };
        }
        catch (InvalidOperationException ex)
        {
            // An escaped lone surrogate (`\ud800`) is JSON but no text.
            throw new JsonException($"A string cannot be decoded: {ex.Message}", ex);
        }
    }

    /// <summary>The integer value of the property just read.</summary>
    public static int Int32(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int value)
            ? value
            : throw new JsonException($"Expected a 32-bit integer, found {reader.TokenType}.");
    }

    /// <summary>The integer value of the property just read, or <see langword="null"/>.</summary>
    public static int? NullableInt32(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int value)
            ? value
            : throw new JsonException($"Expected a 32-bit integer or null, found {reader.TokenType}.");
    }

    /// <summary>
    /// Reads the value of the property just named when it is one of the offsets every finding has, <c>start</c> or
    /// <c>length</c>; false, and nothing read, for any other.
    /// </summary>
    public static bool TryOffset(ref Utf8JsonReader reader, ref int start, ref int length)
    {
        if (reader.ValueTextEquals(JsonNames.Start))
        {
            start = Int32(ref reader);
            return true;
        }

        if (reader.ValueTextEquals(JsonNames.Length))
        {
            length = Int32(ref reader);
            return true;
        }

        return false;
    }

    /// <summary>Throws unless a required property was read.</summary>
    public static T Required<T>(T? value, string property, string what)
        where T : class =>
        value ?? throw new JsonException($"{what} has no \"{property}\".");
}
