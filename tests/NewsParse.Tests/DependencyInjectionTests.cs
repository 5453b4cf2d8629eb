using Microsoft.Extensions.DependencyInjection;
using NewsParse.Datelines;
using NewsParse.Urls;

namespace NewsParse.Tests;

/// <summary><c>AddNewsParse</c> with the real Microsoft.Extensions.DependencyInjection container.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public void Registers_one_parser_as_singleton_for_the_class_and_the_interface()
    {
        using ServiceProvider provider = new ServiceCollection().AddNewsParse().BuildServiceProvider();

        var parser = provider.GetRequiredService<INewsParser>();
        parser.Should().BeSameAs(provider.GetRequiredService<NewsParser>());
        parser.Should().BeSameAs(provider.GetRequiredService<INewsParser>());
        parser.Options.Should().Be(NewsParseOptions.Default);
        provider.GetRequiredService<NewsParseOptions>().Should().BeSameAs(parser.Options);
    }

    [Fact]
    public void Configure_sets_the_options()
    {
        using ServiceProvider provider = new ServiceCollection()
            .AddNewsParse(o =>
            {
                o.ReferenceDate = new DateOnly(2024, 12, 10);
                o.NumericDateOrder = NumericDateOrder.DayFirst;
                o.Urls = o.Urls with { IncludeEmails = true };
            })
            .BuildServiceProvider();

        NewsParseOptions options = provider.GetRequiredService<INewsParser>().Options;
        options.ReferenceDate.Should().Be(new DateOnly(2024, 12, 10));
        options.NumericDateOrder.Should().Be(NumericDateOrder.DayFirst);
        options.Urls.IncludeEmails.Should().BeTrue();
    }

    [Fact]
    public void A_second_call_registers_nothing_twice_and_its_configuration_runs_after_the_first()
    {
        var services = new ServiceCollection()
            .AddNewsParse(o => o.ReferenceDate = new DateOnly(2024, 1, 1))
            .AddNewsParse(o => o.Urls = new UrlOptions { IncludeEmails = true })
            .AddNewsParse(o => o.ReferenceDate = new DateOnly(2025, 6, 30));

        services.Count(d => d.ServiceType == typeof(INewsParser)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(NewsParser)).Should().Be(1);
        services.Count(d => d.ServiceType == typeof(NewsParseOptions)).Should().Be(1);
        using ServiceProvider provider = services.BuildServiceProvider();
        NewsParseOptions options = provider.GetRequiredService<NewsParseOptions>();
        options.ReferenceDate.Should().Be(new DateOnly(2025, 6, 30));
        options.Urls.IncludeEmails.Should().BeTrue();
    }

    [Fact]
    public void Options_registered_before_are_kept()
    {
        var mine = NewsParseOptions.Default with { ReferenceDate = new DateOnly(2020, 2, 2) };
        using ServiceProvider provider = new ServiceCollection().AddSingleton(mine).AddNewsParse().BuildServiceProvider();
        provider.GetRequiredService<INewsParser>().Options.Should().BeSameAs(mine);
    }

    [Fact]
    public void Null_services_are_refused() =>
        FluentActions.Invoking(() => NewsParseServiceCollectionExtensions.AddNewsParse(null!)).Should().Throw<ArgumentNullException>();
}
