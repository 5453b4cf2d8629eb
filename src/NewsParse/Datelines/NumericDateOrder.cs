namespace NewsParse.Datelines;

/// <summary>How to read an all-numeric date such as <c>12/07/2024</c>, which the text alone cannot settle.</summary>
public enum NumericDateOrder
{
    /// <summary>Read it only when it can be read one way (<c>25/12/2024</c>); otherwise give no date, never a guess.</summary>
    Unknown,

    /// <summary>Month first, as in the United States: <c>12/07/2024</c> is December 7.</summary>
    MonthFirst,

    /// <summary>Day first, as in most of the world: <c>12/07/2024</c> is July 12.</summary>
    DayFirst,
}
