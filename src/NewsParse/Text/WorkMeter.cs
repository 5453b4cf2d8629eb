using System.Runtime.CompilerServices;

namespace NewsParse.Text;

/// <summary>
/// Counts the steps the parsers take on the current thread, so that a test can prove their work linear in the length
/// of the text without timing anything. A step is one call of a per-event stage (a quote, a URL candidate, a line) or
/// one character covered by a scan whose reach is not bounded by a constant; scans within a fixed window are paid for
/// by the stage that makes them.
/// </summary>
/// <remarks>
/// Off unless the application switch <c>NewsParse.CountWork</c> is set before the parsers first run (the tests set it in
/// their runtime configuration). Optimised code reads the switch as a constant, so when it is off every count compiles
/// to nothing.
/// </remarks>
internal static class WorkMeter
{
    private static readonly bool s_counting = AppContext.TryGetSwitch("NewsParse.CountWork", out bool on) && on;

    [ThreadStatic]
    private static long t_steps;

    /// <summary>Whether steps are being counted in this process.</summary>
    public static bool IsCounting => s_counting;

    /// <summary>The steps counted on this thread since <see cref="Reset"/>.</summary>
    public static long Steps => t_steps;

    /// <summary>Starts this thread's count again from zero.</summary>
    public static void Reset() => t_steps = 0;

    /// <summary>Counts <paramref name="steps"/> steps (a negative number counts none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(int steps)
    {
        if (s_counting)
        {
            t_steps += Math.Max(steps, 0);
        }
    }
}
