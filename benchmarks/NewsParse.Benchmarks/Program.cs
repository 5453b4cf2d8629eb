using BenchmarkDotNet.Running;
using NewsParse.Benchmarks;

// `--counts`: print what each contender finds per corpus (a sanity check that the baseline does comparable work).
if (args is ["--counts"])
{
    foreach (string name in Corpora.Available)
    {
        Corpus corpus = Corpora.Get(name);
        long spanCount = 0;
        foreach (string text in corpus.Texts)
        {
            foreach (NewsParse.Urls.UrlMatch url in NewsParse.Urls.UrlParser.Enumerate(text))
            {
                spanCount++;
            }
        }

        Console.WriteLine(
            $"{name,-8} {corpus.Texts.Length,6} articles {corpus.Utf8Bytes,10:N0} UTF-8 bytes  " +
            $"regex {RegexUrlBaseline.CountMatches(corpus.Texts),6} matches  NewsParse {spanCount,6} URLs  ({corpus.Source})");
    }

    return 0;
}

// `--loop STEP CORPUS SECONDS`: one step over a corpus, again and again, for a profiler.
if (args is ["--loop", string step, string corpusName, string seconds])
{
    return ProfileLoop.Run(step, corpusName, double.Parse(seconds, System.Globalization.CultureInfo.InvariantCulture));
}

// `--share STEP CORPUS SECONDS`: what one step adds to a whole-article parse.
if (args is ["--share", string sharedStep, string shareCorpus, string shareSeconds])
{
    return StepShare.Run(sharedStep, shareCorpus, double.Parse(shareSeconds, System.Globalization.CultureInfo.InvariantCulture));
}

// `--versus OTHER_BUILD STEP CORPUS SECONDS`: this build against another build's, in one process.
if (args is ["--versus", string otherBuild, string versusStep, string versusCorpus, string versusSeconds])
{
    return BuildComparison.Run(otherBuild, versusStep, versusCorpus, double.Parse(versusSeconds, System.Globalization.CultureInfo.InvariantCulture));
}

// `--versus-texts OTHER_BUILD STEP CORPUS`: the two builds article by article, each article in the cache.
if (args is ["--versus-texts", string textsBuild, string textsStep, string textsCorpus])
{
    return TextComparison.Run(textsBuild, textsStep, textsCorpus);
}

// `--readme README.md results`: rewrite the README's benchmark tables from the reports run.sh wrote.
if (args is ["--readme", string readme, string results])
{
    ReadmeTables.Update(readme, results);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
return 0;
