using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NewsParse;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers NewsParse with a dependency-injection container, its options taken from <see cref="IOptions{TOptions}"/>.</summary>
public static class NewsParseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="NewsParser"/> and <see cref="INewsParser"/> as one singleton made with
    /// <c>IOptions&lt;NewsParseOptions&gt;</c>, so that <c>services.Configure&lt;NewsParseOptions&gt;(…)</c>,
    /// <c>BindConfiguration</c> and <c>PostConfigure</c> set its options as in any Microsoft.Extensions library.
    /// </summary>
    /// <remarks>
    /// The parser is added with <c>TryAdd</c>, so a second call registers nothing twice, and a parser registered
    /// before is kept. For a parser of named options, make one from them: <c>new NewsParser(monitor.Get(name))</c>.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddNewsParse(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.TryAddSingleton(static provider => new NewsParser(provider.GetRequiredService<IOptions<NewsParseOptions>>().Value));
        services.TryAddSingleton<INewsParser>(static provider => provider.GetRequiredService<NewsParser>());
        return services;
    }

    /// <summary>Registers the parser (<see cref="AddNewsParse(IServiceCollection)"/>) and sets its options with <paramref name="configure"/>.</summary>
    /// <remarks>Every call's <paramref name="configure"/> runs, in the order of the calls, with those of <c>Configure</c>.</remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static IServiceCollection AddNewsParse(this IServiceCollection services, Action<NewsParseOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.Configure(configure);
        return services.AddNewsParse();
    }

    /// <summary>
    /// Registers the parser (<see cref="AddNewsParse(IServiceCollection)"/>) and binds its options from a
    /// configuration section: <c>ReferenceDate</c> (<c>2024-12-10</c>), <c>NumericDateOrder</c> (<c>DayFirst</c>),
    /// <c>Quotes:OmitScareQuotes</c>, <c>Urls:IncludeEmails</c>.
    /// </summary>
    /// <remarks>
    /// The section is read by this library, without reflection, so the binding holds in trimmed and ahead-of-time
    /// compiled apps with no source generator; keys it does not know are passed over, as the configuration binder does.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section, <c>configuration.GetSection("NewsParse")</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">When the options are made: a value cannot be read as its option's type.</exception>
    public static IServiceCollection AddNewsParse(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.Configure<NewsParseOptions>(options => NewsParseConfiguration.Bind(configuration, options));
        return services.AddNewsParse();
    }
}
