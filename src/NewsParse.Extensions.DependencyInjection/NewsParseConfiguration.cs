using System.Globalization;
using Microsoft.Extensions.Configuration;
using NewsParse;
using NewsParse.Datelines;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Reads <see cref="NewsParseOptions"/> from a configuration section by name, as the configuration binder would, but
/// without reflection or a source generator: an option whose key is absent keeps its value.
/// </summary>
internal static class NewsParseConfiguration
{
    public static void Bind(IConfiguration section, NewsParseOptions options)
    {
        if (Value(section, nameof(NewsParseOptions.ReferenceDate)) is string date)
        {
            options.ReferenceDate = DateOnly.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly read) ? read
                : throw Unreadable(section, nameof(NewsParseOptions.ReferenceDate), date, "a date (2024-12-10)");
        }

        if (Value(section, nameof(NewsParseOptions.NumericDateOrder)) is string order)
        {
            options.NumericDateOrder = Enum.TryParse(order, ignoreCase: true, out NumericDateOrder read) && Enum.IsDefined(read) ? read
                : throw Unreadable(section, nameof(NewsParseOptions.NumericDateOrder), order, "one of " + string.Join(", ", Enum.GetNames<NumericDateOrder>()));
        }

        IConfigurationSection quotes = section.GetSection(nameof(NewsParseOptions.Quotes));
        if (Boolean(quotes, nameof(NewsParse.Quotes.QuoteOptions.OmitScareQuotes)) is bool omitScareQuotes)
        {
            options.Quotes = options.Quotes with { OmitScareQuotes = omitScareQuotes };
        }

        IConfigurationSection urls = section.GetSection(nameof(NewsParseOptions.Urls));
        if (Boolean(urls, nameof(NewsParse.Urls.UrlOptions.IncludeEmails)) is bool includeEmails)
        {
            options.Urls = options.Urls with { IncludeEmails = includeEmails };
        }
    }

    // A key's value; null when absent or empty, as the binder leaves an option with no value as it is.
    private static string? Value(IConfiguration section, string key) => section[key] is { Length: > 0 } value ? value : null;

    private static bool? Boolean(IConfiguration section, string key) =>
        Value(section, key) is not string value ? null
        : bool.TryParse(value, out bool read) ? read
        : throw Unreadable(section, key, value, "true or false");

    private static InvalidOperationException Unreadable(IConfiguration section, string key, string value, string expected) =>
        new($"Failed to read the configuration value '{value}' at '{Path(section, key)}' as {expected}.");

    private static string Path(IConfiguration section, string key) => section is IConfigurationSection { Path: { Length: > 0 } path } ? $"{path}:{key}" : key;
}
