namespace NewsParse.Cli;

/// <summary>Writes document results to the output, one complete entry per document.</summary>
internal interface IReportWriter : IDisposable
{
    /// <summary>Writes one document's entry; nothing of it reaches the output until it is complete.</summary>
    /// <param name="result">The document's outcome.</param>
    /// <returns><see langword="true"/> if the entry written is an error (the result's, or one met writing it).</returns>
    /// <exception cref="OutputClosedException">The output cannot be written.</exception>
    bool Write(in DocumentResult result);

    /// <summary>Pushes everything written so far to the output.</summary>
    /// <exception cref="OutputClosedException">The output cannot be written.</exception>
    void Flush();
}
