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

/// <summary>What a gender is set against.</summary>
internal static class Genders
{
    /// <summary>The other gender: <see cref="Gender.Female"/> for <see cref="Gender.Male"/> and the reverse; none for <see cref="Gender.Unknown"/>.</summary>
    public static Gender Other(this Gender gender) => gender switch { Gender.Male => Gender.Female, Gender.Female => Gender.Male, _ => Gender.Unknown };
}
