namespace NewsParse.Quotes;

/// <summary>The gender a mention shows, for resolving <c>he</c> and <c>she</c>.</summary>
internal enum Gender
{
    /// <summary>The mention shows none.</summary>
    Unknown,

    /// <summary><c>he</c>, or a name opened by a given name borne mostly by men.</summary>
    Male,

    /// <summary><c>she</c>, or a name opened by a given name borne mostly by women.</summary>
    Female,
}
