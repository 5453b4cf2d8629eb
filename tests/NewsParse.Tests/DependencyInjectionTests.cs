using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsParse.Datelines;
using NewsParse.Urls;

namespace NewsParse.Tests;

/// <summary>
/// <c>AddNewsParse</c> with the real Microsoft.Extensions container: one parser, its options from
/// <c>IOptions&lt;NewsParseOptions&gt;</c> however a consumer sets them.
/// </summary>
public sealed class DependencyInjectionTests
{
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["NewsParse:ReferenceDate"] = "2024-12-10",
        ["NewsParse:NumericDateOrder"] = "DayFirst",
        ["NewsParse:Quotes:OmitScareQuotes"] = "true",
        ["NewsParse:Urls:IncludeEmails"] = "True",
        ["NewsParse:Unknown"] = "passed over",
    };

    [Fact]
    public void Registers_one_parser_as_singleton_for_the_class_and_the_interface()
    {
        using ServiceProvider provider = new ServiceCollection().AddNewsParse().BuildServiceProvider();

        var parser = provider.GetRequiredService<INewsParser>();
        parser.Should().BeSameAs(provider.GetRequiredService<NewsParser>());
        parser.Options.Should().BeSameAs(provider.GetRequiredService<IOptions<NewsParseOptions>>().Value);
        parser.Options.ReferenceDate.Should().BeNull();
        parser.Options.IsReadOnly.Should().BeTrue("a parser fixes the options it parses with");
    }

    [Fact]
    public void Configure_and_PostConfigure_set_the_options_as_in_any_library()
    {
        using ServiceProvider provider = new ServiceCollection()
            .Configure<NewsParseOptions>(o => o.ReferenceDate = new DateOnly(2024, 1, 1))
            .AddNewsParse()
            .PostConfigure<NewsParseOptions>(o => o.Urls = o.Urls with { IncludeEmails = true })
            .BuildServiceProvider();

        NewsParseOptions options = provider.GetRequiredService<INewsParser>().Options;
        options.ReferenceDate.Should().Be(new DateOnly(2024, 1, 1));
        options.Urls.IncludeEmails.Should().BeTrue();
    }

    [Fact]
    public void A_section_binds_through_the_consumers_binder_and_through_the_overload_alike()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();

        using ServiceProvider bound = new ServiceCollection()
            .Configure<NewsParseOptions>(configuration.GetSection("NewsParse")).AddNewsParse().BuildServiceProvider();
        using ServiceProvider overload = new ServiceCollection().AddNewsParse(configuration.GetSection("NewsParse")).BuildServiceProvider();

        foreach (ServiceProvider provider in new[] { bound, overload })
        {
            NewsParseOptions options = provider.GetRequiredService<INewsParser>().Options;
            options.ReferenceDate.Should().Be(new DateOnly(2024, 12, 10));
            options.NumericDateOrder.Should().Be(NumericDateOrder.DayFirst);
            options.Quotes.OmitScareQuotes.Should().BeTrue();
            options.Urls.IncludeEmails.Should().BeTrue();
        }
    }

    [Fact]
    public void BindConfiguration_and_named_options_work_as_in_any_library()
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        var services = new ServiceCollection().AddSingleton(configuration);
        services.AddOptions<NewsParseOptions>().BindConfiguration("NewsParse");
        services.Configure<NewsParseOptions>("wire", o => o.NumericDateOrder = NumericDateOrder.MonthFirst);
        using ServiceProvider provider = services.AddNewsParse().BuildServiceProvider();

        provider.GetRequiredService<INewsParser>().Options.ReferenceDate.Should().Be(new DateOnly(2024, 12, 10));
        var wire = new NewsParser(provider.GetRequiredService<IOptionsMonitor<NewsParseOptions>>().Get("wire"));
        wire.Options.NumericDateOrder.Should().Be(NumericDateOrder.MonthFirst);
        wire.Options.ReferenceDate.Should().BeNull();
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
        using ServiceProvider provider = services.BuildServiceProvider();
        NewsParseOptions options = provider.GetRequiredService<INewsParser>().Options;
        options.ReferenceDate.Should().Be(new DateOnly(2025, 6, 30));
        options.Urls.IncludeEmails.Should().BeTrue();
    }

    [Fact]
    public void A_parser_registered_before_is_kept()
    {
        var mine = new NewsParser(new NewsParseOptions { ReferenceDate = new DateOnly(2020, 2, 2) });
        using ServiceProvider provider = new ServiceCollection().AddSingleton(mine).AddNewsParse().BuildServiceProvider();
        provider.GetRequiredService<INewsParser>().Should().BeSameAs(mine);
    }

    [Theory]
    [InlineData("ReferenceDate", "10 December or so", "NewsParse:ReferenceDate")]
    [InlineData("NumericDateOrder", "YearFirst", "NewsParse:NumericDateOrder")]
    [InlineData("NumericDateOrder", "7", "NewsParse:NumericDateOrder")]
    [InlineData("Urls:IncludeEmails", "yes", "NewsParse:Urls:IncludeEmails")]
    public void A_value_the_overload_cannot_read_is_refused_with_its_path(string key, string value, string path)
    {
        IConfiguration configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["NewsParse:" + key] = value }).Build();
        using ServiceProvider provider = new ServiceCollection().AddNewsParse(configuration.GetSection("NewsParse")).BuildServiceProvider();

        FluentActions.Invoking(() => provider.GetRequiredService<INewsParser>())
            .Should().Throw<InvalidOperationException>().WithMessage($"*'{value}'*'{path}'*");
    }

    [Fact]
    public void Nulls_are_refused()
    {
        FluentActions.Invoking(() => NewsParseServiceCollectionExtensions.AddNewsParse(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ServiceCollection().AddNewsParse((Action<NewsParseOptions>)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new ServiceCollection().AddNewsParse((IConfiguration)null!)).Should().Throw<ArgumentNullException>();
    }
}
