using Microsoft.Extensions.DependencyInjection.Extensions;
using NewsParse;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers NewsParse with a dependency-injection container.</summary>
public static class NewsParseServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="NewsParseOptions"/>, <see cref="NewsParser"/> and <see cref="INewsParser"/> as singletons.
    /// </summary>
    /// <remarks>
    /// The services are added with <c>TryAdd</c>, so a second call registers nothing twice, and a parser or options
    /// registered before are kept. Every call's <paramref name="configure"/> is kept, and all of them run in the
    /// order of the calls when the options are first resolved.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets options; <see langword="null"/> keeps the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    public static IServiceCollection AddNewsParse(this IServiceCollection services, Action<NewsParseOptionsBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (configure is not null)
        {
            services.AddSingleton(new ConfigureNewsParse(configure));
        }

        services.TryAddSingleton(static provider =>
        {
            var builder = new NewsParseOptionsBuilder(NewsParseOptions.Default);
            foreach (ConfigureNewsParse step in provider.GetServices<ConfigureNewsParse>())
            {
                step.Configure(builder);
            }

            return builder.Build();
        });
        services.TryAddSingleton(static provider => new NewsParser(provider.GetRequiredService<NewsParseOptions>()));
        services.TryAddSingleton<INewsParser>(static provider => provider.GetRequiredService<NewsParser>());
        return services;
    }

    private sealed class ConfigureNewsParse(Action<NewsParseOptionsBuilder> configure)
    {
        public Action<NewsParseOptionsBuilder> Configure { get; } = configure;
    }
}
