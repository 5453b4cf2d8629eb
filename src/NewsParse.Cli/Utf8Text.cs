using System.Text;
using System.Text.Unicode;

namespace NewsParse.Cli;

/// <summary>Turns input bytes into text the way the contract says: UTF-8, BOM dropped, bad bytes replaced.</summary>
internal static class Utf8Text
{
    /// <summary>The UTF-8 byte order mark.</summary>
    public static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    /// <summary>Removes a leading byte order mark, if any.</summary>
    /// <param name="bytes">Bytes from the start of an input.</param>
    /// <returns>The bytes after the mark.</returns>
    public static ReadOnlySpan<byte> SkipByteOrderMark(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(ByteOrderMark) ? bytes[ByteOrderMark.Length..] : bytes;

    /// <summary>Decodes UTF-8, replacing each invalid sequence with U+FFFD.</summary>
    /// <param name="bytes">The bytes, without a byte order mark.</param>
    /// <param name="hadInvalidBytes">Whether anything had to be replaced.</param>
    /// <returns>The text.</returns>
    public static string Decode(ReadOnlySpan<byte> bytes, out bool hadInvalidBytes)
    {
        hadInvalidBytes = !Utf8.IsValid(bytes);

        // Encoding.UTF8 replaces rather than throws, and unlike StreamReader never drops a BOM on its own, so the
        // offsets the library reports are offsets into exactly the text decoded here.
        return Encoding.UTF8.GetString(bytes);
    }

    /// <summary>Replaces invalid sequences in UTF-8 bytes with the encoded U+FFFD, so a JSON reader accepts them.</summary>
    /// <param name="bytes">Bytes that may hold invalid UTF-8.</param>
    /// <param name="hadInvalidBytes">Whether anything had to be replaced.</param>
    /// <returns><paramref name="bytes"/> itself when valid, else a repaired copy.</returns>
    public static ReadOnlySpan<byte> Repair(ReadOnlySpan<byte> bytes, out bool hadInvalidBytes)
    {
        hadInvalidBytes = !Utf8.IsValid(bytes);
        return hadInvalidBytes ? Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes)) : bytes;
    }

    /// <summary>Replaces unpaired surrogates with U+FFFD, so the string can be written as UTF-8.</summary>
    /// <param name="text">Any string.</param>
    /// <returns>The string with every unpaired surrogate replaced.</returns>
    public static string ReplaceUnpairedSurrogates(string text) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
}
