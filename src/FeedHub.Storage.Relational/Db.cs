using System.Data;
using System.Data.Common;

namespace FeedHub.Storage.Relational;

/// <summary>Small ADO.NET helpers: typed parameters (so null still has a type) and row reading.</summary>
internal static class Db
{
    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql, params DbParam[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var p in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = p.Name;
            parameter.DbType = p.Type;
            parameter.Value = p.Value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params DbParam[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<T?> ScalarAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params DbParam[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        return AsScalar<T>(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false));
    }

    /// <summary>A scalar result as <typeparamref name="T"/> (providers differ in the integer type of a count or an id).</summary>
    public static T? AsScalar<T>(object? value)
    {
        var type = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, type, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A parameter list for <c>IN (…)</c>: <c>@i0, @i1, …</c> (named with <paramref name="prefix"/>) and their values,
    /// each distinct id once.
    /// </summary>
    public static string InList(IEnumerable<long> ids, string prefix, out DbParam[] parameters)
    {
        parameters = ids.Distinct().Select((id, i) => DbParam.Long(prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture), id)).ToArray();
        return string.Join(", ", parameters.Select(p => "@" + p.Name));
    }

    public static async Task<List<T>> ListAsync<T>(DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> map, CancellationToken cancellationToken, params DbParam[] parameters)
    {
        await using var command = Command(connection, transaction, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var list = new List<T>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            list.Add(map(reader));
        return list;
    }

    public static string? String(this DbDataReader reader, string column)
    {
        var i = reader.GetOrdinal(column);
        return reader.IsDBNull(i) ? null : reader.GetString(i);
    }

    public static long Long(this DbDataReader reader, string column) => Convert.ToInt64(reader.GetValue(reader.GetOrdinal(column)), System.Globalization.CultureInfo.InvariantCulture);

    public static int? NullableInt(this DbDataReader reader, string column)
    {
        var i = reader.GetOrdinal(column);
        return reader.IsDBNull(i) ? null : Convert.ToInt32(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static double? NullableDouble(this DbDataReader reader, string column)
    {
        var i = reader.GetOrdinal(column);
        return reader.IsDBNull(i) ? null : Convert.ToDouble(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static bool Bool(this DbDataReader reader, string column)
    {
        var i = reader.GetOrdinal(column);
        return !reader.IsDBNull(i) && Convert.ToBoolean(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static DateTimeOffset? Time(this DbDataReader reader, string column)
    {
        var i = reader.GetOrdinal(column);
        return reader.IsDBNull(i) ? null : reader.GetFieldValue<DateTimeOffset>(i).ToUniversalTime();
    }
}

/// <summary>A parameter with its type, so that a null value still tells the server what it is.</summary>
internal readonly record struct DbParam(string Name, object? Value, DbType Type)
{
    public static DbParam Text(string name, string? value) => new(name, value, DbType.String);
    public static DbParam Int(string name, int? value) => new(name, value, DbType.Int32);
    public static DbParam Long(string name, long? value) => new(name, value, DbType.Int64);
    public static DbParam Bool(string name, bool value) => new(name, value, DbType.Boolean);
    public static DbParam Double(string name, double? value) => new(name, value, DbType.Double);
    public static DbParam Time(string name, DateTimeOffset? value) => new(name, value?.ToUniversalTime(), DbType.DateTimeOffset);
}
