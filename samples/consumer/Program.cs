using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsParse;
using NewsParse.Json;

// The options bound from appsettings.json twice, as an app would: through the options pattern, with the binder this
// build has (reflection, or the source-generated one), and through AddNewsParse's own overload. Each parser's
// options and its parse of one story are printed; run.sh compares the lines across builds and with what it expects.
IConfiguration configuration = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory).AddJsonFile("appsettings.json").Build();
const string Story = "SALVADOR, Feb 26 (Reuters) - Tips to desk@example.com. The so-called \"buffer zone\" stays.";

var viaOptions = new ServiceCollection();
viaOptions.Configure<NewsParseOptions>(configuration.GetSection("NewsParse"));
viaOptions.AddNewsParse();

var viaOverload = new ServiceCollection();
viaOverload.AddNewsParse(configuration.GetSection("NewsParse"));

foreach ((string how, IServiceCollection services) in new[] { ("Configure<NewsParseOptions>", (IServiceCollection)viaOptions), ("AddNewsParse(section)", viaOverload) })
{
    using ServiceProvider provider = services.BuildServiceProvider();
    INewsParser parser = provider.GetRequiredService<INewsParser>();
    NewsParseOptions options = parser.Options;
    Console.WriteLine($"{how}: ReferenceDate={options.ReferenceDate:yyyy-MM-dd} NumericDateOrder={options.NumericDateOrder} " +
        $"Quotes:OmitScareQuotes={options.Quotes.OmitScareQuotes} Urls:IncludeEmails={options.Urls.IncludeEmails} " +
        $"same-as-IOptions={ReferenceEquals(options, provider.GetRequiredService<IOptions<NewsParseOptions>>().Value)}");
    Console.WriteLine($"{how}: {NewsArticleJson.Serialize(parser.Parse(Story))}");
}
