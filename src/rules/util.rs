//! Small helpers shared by the chapter rule modules.

use crate::common::{Date, Interval};
use crate::ids::{DocumentId, PersonId, RoleId};
use crate::model::EcmsDocument;
use crate::model::support::DocumentedInformation;

/// An optional text that is absent or only white space.
pub(crate) fn blank(s: &Option<String>) -> bool {
    s.as_deref().is_none_or(|x| x.trim().is_empty())
}

/// A list of texts that is empty or holds only white space.
pub(crate) fn all_blank(v: &[String]) -> bool {
    v.iter().all(|x| x.trim().is_empty())
}

/// Whether `d` lies in the `window` that ends on `as_of` (both ends included).
pub(crate) fn within(window: Interval, d: Date, as_of: Date) -> bool {
    d <= as_of && window.after(d).is_some_and(|end| end >= as_of)
}

/// A person's name for messages, or the id when the person is not recorded.
pub(crate) fn person_name(doc: &EcmsDocument, id: PersonId) -> String {
    doc.support
        .people
        .iter()
        .find(|x| x.id == id)
        .map(|x| x.label())
        .unwrap_or_else(|| id.to_string())
}

/// Whether a person held a role on a date: not when the person's record shows they did not
/// work for the organization that day; by the person's `roleHistory` when it has periods for
/// the role; else by the role's holders (4.3) or the person's roles (6.2).
pub(crate) fn holds_role(doc: &EcmsDocument, person: PersonId, role: RoleId, on: Date) -> bool {
    if let Some(pe) = doc.support.people.iter().find(|x| x.id == person) {
        if !pe.is_active(on) {
            return false;
        }
        if pe.role_history.iter().any(|t| t.role == role) {
            return pe.holds_role_on(role, on);
        }
    }
    doc.leadership
        .roles
        .iter()
        .any(|r| r.id == role && r.holders.contains(&person))
        || doc
            .support
            .people
            .iter()
            .any(|x| x.id == person && x.roles.contains(&role))
}

/// A parameter for a built-in value that stands for a catalog item (a category, an area, a
/// topic): the value is recorded, the messages show the item's title in each language.
pub(crate) fn p_item(
    name: &'static str,
    value: &str,
    item: &'static str,
) -> (&'static str, String) {
    match crate::catalog::clause(item) {
        Some(c) => super::pl(name, value, c.title.en, c.title.zh),
        None => super::p(name, value),
    }
}

/// Whether someone held a role on a date (see [`holds_role`]).
pub(crate) fn role_held_on(doc: &EcmsDocument, role: RoleId, on: Date) -> bool {
    doc.support
        .people
        .iter()
        .any(|pe| holds_role(doc, pe.id, role, on))
        || doc
            .leadership
            .roles
            .iter()
            .filter(|r| r.id == role)
            .flat_map(|r| r.holders.iter())
            .any(|h| holds_role(doc, *h, role, on))
}

/// Whether a documented information is recorded in `support.documents` and is the version
/// in force on a date (effective, in force from that date or earlier, not disposed of).
pub(crate) fn document_current(doc: &EcmsDocument, id: DocumentId, on: Date) -> bool {
    doc.support
        .documents
        .iter()
        .any(|d| d.id == id && d.is_current(on))
}

/// Whether a documented information is recorded in `support.documents` and available on a
/// date: a record not yet disposed of, or a document in force (see [`document_current`]).
pub(crate) fn document_available(doc: &EcmsDocument, id: DocumentId, on: Date) -> bool {
    doc.support.documents.iter().any(|d| {
        d.id == id && ((d.is_record() && d.disposed_on.is_none_or(|x| x > on)) || d.is_current(on))
    })
}

/// The documented information `id` when it is recorded in `support.documents` but was
/// disposed of on or before `on`, so it is no longer retained then. A reference to a document
/// that is not recorded gives `None`: that is for the integrity rules.
pub(crate) fn disposed_by(
    doc: &EcmsDocument,
    id: DocumentId,
    on: Date,
) -> Option<&DocumentedInformation> {
    doc.support
        .documents
        .iter()
        .find(|d| d.id == id)
        .filter(|d| d.disposed_on.is_some_and(|x| x <= on))
}
