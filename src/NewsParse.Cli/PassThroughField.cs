namespace NewsParse.Cli;

/// <summary>A field of a JSON Lines input object that travels unchanged into the document's output line.</summary>
/// <param name="Name">The field's name, unescaped.</param>
/// <param name="Value">Its value as the input wrote it, in UTF-8: a string with its quotes, an object with its braces.</param>
internal sealed record PassThroughField(string Name, byte[] Value);
