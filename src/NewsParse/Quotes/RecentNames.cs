using System.Runtime.CompilerServices;

namespace NewsParse.Quotes;

/// <summary>The last few full names mentioned before a point of the text, for resolving <c>he</c> and surnames.</summary>
internal struct RecentNames
{
    private const int Capacity = 32;

    private static readonly string[] s_notNameStarts =
    [
        "The", "A", "An", "In", "On", "At", "But", "And", "For", "With", "As", "After", "Before", "If", "When", "While",
        "This", "That", "Those", "These", "It", "He", "She", "They", "We", "I", "Mr", "Ms", "Mrs", "Dr", "Sen", "Rep",
        "Gov", "President", "Senator", "Governor", "Secretary", "Minister", "Prime", "Foreign", "Former", "Speaker",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December", "New", "United",
    ];

    private Buffer _names;
    private int _count;
    private int _scannedTo;

    /// <summary>Reads the names of <c>text[..position]</c> not read yet: runs of two or more capitalised words, less a leading title or function word.</summary>
    public void ReadUpTo(ReadOnlySpan<char> text, int position)
    {
        int p = _scannedTo;
        while (p < position)
        {
            if (!char.IsUpper(text[p]) || (p > 0 && char.IsLetter(text[p - 1])))
            {
                p++;
                continue;
            }

            int first = -1;
            int words = 0;
            int end = p;
            while (p < position && char.IsUpper(text[p]))
            {
                int wordStart = p;
                while (p < position && (char.IsLetter(text[p]) || text[p] is '\'' or '’' or '-' || (text[p] == '.' && p - wordStart <= 3)))
                {
                    p++;
                }

                if (first >= 0 || !IsNotNameStart(text[wordStart..p]))
                {
                    first = first < 0 ? wordStart : first;
                    words++;
                    end = p;
                }

                if (p + 1 < position && text[p] == ' ' && char.IsUpper(text[p + 1]))
                {
                    p++;
                    continue;
                }

                break;
            }

            if (words >= 2)
            {
                Range name = PersonNames.Name(text, new Range(first, end));
                if (PersonNames.LooksLikePerson(text[name]))
                {
                    Add(name);
                    (LastMention, LastMentionAt) = (name, first);
                }
            }
            else if (words == 1)
            {
                // `Mensah disagreed.`: a surname alone mentions the full name read before.
                Range full = FindBySurname(text, text[first..end]);
                if (!full.Equals(default(Range)))
                {
                    (LastMention, LastMentionAt) = (full, first);
                }
            }

            p = Math.Max(p, end) + 1;
        }

        _scannedTo = Math.Max(_scannedTo, position);
    }

    /// <summary>The latest full name whose last word is <paramref name="surname"/>; empty when none.</summary>
    public readonly Range FindBySurname(ReadOnlySpan<char> text, ReadOnlySpan<char> surname)
    {
        for (int i = 0; i < Math.Min(_count, Capacity); i++)
        {
            Range name = _names[(_count - 1 - i) % Capacity];
            ReadOnlySpan<char> full = text[name];
            if (full.EndsWith(surname, StringComparison.Ordinal) && full.Length > surname.Length && full[full.Length - surname.Length - 1] == ' ')
            {
                return name;
            }
        }

        return default;
    }

    /// <summary>The full name of the latest person mentioned, in full or by surname; empty when none.</summary>
    public Range LastMention { readonly get; private set; }

    /// <summary>Where <see cref="LastMention"/> was mentioned.</summary>
    public int LastMentionAt { readonly get; private set; }

    /// <summary>The latest full name; empty when none.</summary>
    public readonly Range Latest => _count == 0 ? default : _names[(_count - 1) % Capacity];

    private void Add(Range name)
    {
        _names[_count % Capacity] = name;
        _count++;
    }

    private static bool IsNotNameStart(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        foreach (string start in s_notNameStarts)
        {
            if (word.Equals(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [InlineArray(Capacity)]
    private struct Buffer
    {
        private Range _element;
    }
}
