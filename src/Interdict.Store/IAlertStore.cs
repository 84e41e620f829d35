using Interdict.Store.Alerts;

namespace Interdict.Store;

/// <summary>The alerts the monitor raised and the decisions analysts recorded on them.</summary>
public interface IAlertStore
{
    AlertPage List(AlertFilter filter);

    AlertRecord? Find(long alertId);

    /// <summary>The decisions on the alert, oldest first.</summary>
    IReadOnlyList<AlertDecision> Decisions(long alertId);

    /// <summary>Records a decision and sets the alert's status from it, in one transaction. Only an open or escalated
    /// alert can be decided, and only with a comment and an actor.</summary>
    /// <exception cref="StoreException">No such alert, an alert already settled, or no comment or actor.</exception>
    AlertDecision Decide(long alertId, AlertDecisionKind decision, string actor, string comment);
}
