using System.Reflection;
using System.Text;

namespace NewsParse.Tests.PublicApi;

/// <summary>Writes the public types and members of an assembly as sorted, C#-like lines.</summary>
internal static class PublicApiDump
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Of(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (Type type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            text.Append(TypeLine(type)).Append('\n');
            foreach (string member in Members(type).Order(StringComparer.Ordinal))
            {
                text.Append("    ").Append(member).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string TypeLine(Type type)
    {
        string kind = type.IsEnum ? "enum"
            : type.IsInterface ? "interface"
            : type.IsValueType ? (type.IsByRefLike ? "ref struct" : "struct")
            : type.IsAbstract && type.IsSealed ? "static class"
            : type.IsSealed ? "sealed class" : "class";
        if (type.IsValueType && type.GetCustomAttributes().Any(a => a.GetType().Name == "IsReadOnlyAttribute"))
        {
            kind = "readonly " + kind;
        }

        IEnumerable<string> bases = type.GetInterfaces().Where(i => i.IsPublic).Select(Name).Order(StringComparer.Ordinal);
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
        {
            bases = bases.Prepend(Name(baseType));
        }

        string list = string.Join(", ", bases);
        return $"{kind} {type.FullName}{(list.Length > 0 ? " : " + list : "")}";
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue())}";
            }

            yield break;
        }

        foreach (MemberInfo member in type.GetMembers(Declared))
        {
            switch (member)
            {
                case ConstructorInfo c when Visible(c):
                    yield return $"{Access(c)}{(c.IsStatic ? "static " : "")}.ctor({Parameters(c)})";
                    break;
                case MethodInfo m when Visible(m) && !m.IsSpecialName:
                    yield return $"{Access(m)}{(m.IsStatic ? "static " : "")}{Name(m.ReturnType)} {m.Name}({Parameters(m)})";
                    break;
                case PropertyInfo p when (p.GetMethod ?? p.SetMethod) is { } accessor && Visible(accessor):
                    string set = p.SetMethod is { } setter && Visible(setter)
                        ? setter.ReturnParameter.GetRequiredCustomModifiers().Any(t => t.Name == "IsExternalInit") ? " init;" : " set;"
                        : "";
                    string get = p.GetMethod is { } getter && Visible(getter) ? " get;" : "";
                    yield return $"{Access(accessor)}{(accessor.IsStatic ? "static " : "")}{Name(p.PropertyType)} {p.Name} {{{get}{set} }}";
                    break;
                case FieldInfo f when f.IsPublic || f.IsFamily:
                    yield return $"{(f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType)} {f.Name}";
                    break;
            }
        }
    }

    private static bool Visible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static string Access(MethodBase method) => method.IsPublic ? "" : "protected ";

    private static string Parameters(MethodBase method) =>
        string.Join(", ", method.GetParameters().Select(p =>
            $"{Name(p.ParameterType)} {p.Name}{(p.HasDefaultValue ? " = " + (p.DefaultValue ?? "null") : "")}"));

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return "ref " + Name(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (!type.IsGenericType)
        {
            return type.FullName ?? type.Name;
        }

        string name = type.GetGenericTypeDefinition().FullName!;
        return $"{name[..name.IndexOf('`')]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>";
    }
}
