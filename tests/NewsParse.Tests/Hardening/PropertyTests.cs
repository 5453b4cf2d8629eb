using FsCheck;
using FsCheck.Fluent;

namespace NewsParse.Tests.Hardening;

/// <summary>
/// Properties that hold for any text, checked by FsCheck over hostile text and over arbitrary strings: no parser
/// throws, every range lies inside the text in order, the object layer says what the span layer says, and a text
/// parses the same on any thread.
/// </summary>
public sealed class PropertyTests
{
    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(5000).WithEndSize(1000);

    [Fact]
    public void Hostile_text_keeps_every_rule() =>
        Prop.ForAll(HostileText.Arbitrary, text => { ArticleChecks.Check(text); }).Check(Runs);

    [Fact]
    public void Any_string_keeps_every_rule() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => { ArticleChecks.Check(text ?? string.Empty); }).Check(Runs);

    [Fact]
    public void Hostile_text_gives_the_same_results_on_every_thread() =>
        Prop.ForAll(HostileText.Generator.ArrayOf().ToArbitrary(), texts =>
        {
            string[] sequential = texts.Select(ArticleChecks.Check).ToArray();
            var parallel = new string[texts.Length];
            Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = ArticleChecks.Check(texts[i]));
            parallel.Should().Equal(sequential);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100).WithEndSize(60));
}
