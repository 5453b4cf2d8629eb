namespace NewsParse.Tests.Infrastructure;

/// <summary>The folder that holds NewsParse.sln, found by walking up from the test assembly.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> s_path = new(() =>
    {
        for (string? dir = AppContext.BaseDirectory; dir is not null; dir = System.IO.Path.GetDirectoryName(dir))
        {
            if (File.Exists(System.IO.Path.Combine(dir, "NewsParse.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("NewsParse.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Path => s_path.Value;
}
