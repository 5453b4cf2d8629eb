
namespace NewsParse.Datelines;

/// <summary>What a dateline needs after it to be one.</summary>
internal enum DatelineEnding : byte
{
    /// <summary>
    /// Nothing more: a dateline with a date or an agency, and its separator or its agency at the line's end, whatever
    /// follows (<c>WASHINGTON (AP) — The Senate…</c>, <c>CHICAGO, Feb 26 -</c> over a table); or a newspaper dateline
    /// before the story's first words (<c>WASHINGTON — The Senate…</c>).
    /// </summary>
    Story,

    /// <summary>
    /// A dateline with neither date nor agency at the line's end, leftovers aside (<c>ATLANTA _</c>): one before a blank
    /// line or a line that opens the story.
    /// </summary>
    LineEnd,

    /// <summary>
    /// A place and a date with neither separator nor agency (<c>DENVER, Dec 4, 2005</c>): one only alone before a
    /// blank line.
    /// </summary>
    Alone,
}
