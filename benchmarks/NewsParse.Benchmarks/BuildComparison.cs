using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace NewsParse.Benchmarks;

// `--versus OTHER_BUILD STEP CORPUS SECONDS`: this build against another in one process. OTHER_BUILD is the path of
// another build's NewsParse.Benchmarks.dll (a worktree of an older commit, built in Release), loaded with its own
// NewsParse.dll beside this one. Both parse every article of the corpus in alternate passes (this, other, other, this,
// so that a drift of the machine's speed cancels), and the median of the rounds' differences is printed with its
// quartiles: on a shared machine two processes run a minute apart differ by more than a change of a few per cent.
// Steps: article (the span layer of every parser), dateline, quotes, urls.
public static class BuildComparison
{
    private static readonly Dictionary<string, string> s_methods = new()
    {
        ["article"] = nameof(WholeArticle.SpanLayer),
        ["dateline"] = nameof(WholeArticle.Dateline),
        ["quotes"] = nameof(WholeArticle.Quotes),
        ["urls"] = nameof(WholeArticle.Urls),
    };

    public static int Run(string otherBuild, string step, string corpusName, double seconds)
    {
        if (!TryLoad(otherBuild, step, out Func<string, long> mine, out Func<string, long> other))
        {
            return 2;
        }

        string[] texts = Corpora.Get(corpusName).Texts;
        if (mine(texts[0]) != other(texts[0]))
        {
            Console.WriteLine("note: the two builds find different things in the first article");
        }

        // Both compiled at their final tier before anything is measured.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < Math.Min(2, seconds / 4))
        {
            StepShare.NanosecondsPerArticle(texts, mine);
            StepShare.NanosecondsPerArticle(texts, other);
        }

        List<double> mineTimes = [], otherTimes = [], differences = [];
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            double mine1 = StepShare.NanosecondsPerArticle(texts, mine);
            double other1 = StepShare.NanosecondsPerArticle(texts, other);
            double other2 = StepShare.NanosecondsPerArticle(texts, other);
            double mine2 = StepShare.NanosecondsPerArticle(texts, mine);
            mineTimes.Add((mine1 + mine2) / 2);
            otherTimes.Add((other1 + other2) / 2);
            differences.Add((mine1 + mine2 - other1 - other2) / 2);
        }

        int faster = differences.Count(difference => difference < 0);
        mineTimes.Sort();
        otherTimes.Sort();
        differences.Sort();
        double median = differences[differences.Count / 2];
        double otherMedian = otherTimes[otherTimes.Count / 2];
        Console.WriteLine(
            $"{step} over {corpusName}, {differences.Count} rounds: this build {mineTimes[mineTimes.Count / 2]:F0} ns per article, " +
            $"the other {otherMedian:F0} (medians); this minus the other {median:+0;-0} ns median ({differences[differences.Count / 4]:+0;-0} to " +
            $"{differences[differences.Count * 3 / 4]:+0;-0} between the quartiles), {median / otherMedian:+0.0%;-0.0%}; this faster in {faster} of " +
            $"{differences.Count} rounds");
        return 0;
    }

    /// <summary>The step of this build and of the build at <paramref name="otherBuild"/>; false, with the reason written, when either is not there.</summary>
    internal static bool TryLoad(string otherBuild, string step, out Func<string, long> mine, out Func<string, long> other)
    {
        (mine, other) = (static _ => 0, static _ => 0);
        if (!s_methods.TryGetValue(step, out string? method))
        {
            Console.Error.WriteLine($"unknown step '{step}': one of {string.Join(", ", s_methods.Keys)}");
            return false;
        }

        if (!File.Exists(otherBuild))
        {
            Console.Error.WriteLine($"no build at '{otherBuild}': give the path of another build's NewsParse.Benchmarks.dll");
            return false;
        }

        mine = typeof(WholeArticle).GetMethod(method)!.CreateDelegate<Func<string, long>>();
        other = new OtherBuild(Path.GetFullPath(otherBuild))
            .LoadFromAssemblyPath(Path.GetFullPath(otherBuild))
            .GetType(typeof(WholeArticle).FullName!, throwOnError: true)!
            .GetMethod(method, BindingFlags.Public | BindingFlags.Static)!
            .CreateDelegate<Func<string, long>>();
        return true;
    }

    // The other build's assemblies, found beside its benchmark assembly, in a context of their own: its NewsParse.dll
    // stands beside this build's under the same name.
    private sealed class OtherBuild(string benchmarkAssembly) : AssemblyLoadContext("other build")
    {
        private readonly AssemblyDependencyResolver _resolver = new(benchmarkAssembly);

        protected override Assembly? Load(AssemblyName assemblyName) =>
            _resolver.ResolveAssemblyToPath(assemblyName) is string path ? LoadFromAssemblyPath(path) : null;
    }
}
