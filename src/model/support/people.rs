//! Clause 6.1.2 — people: persons, their role tenures, and staffing needs per role.

use super::CompetenceEvidence;
use crate::common::{Date, Extensions};
use crate::ids::{PersonId, ResourceId, RoleId};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

crate::names::open_vocabulary! {
    /// How a person works for the organization.
    pub enum EmploymentType {
        /// Permanent employee.
        Employee = "employee",
        /// Fixed-term or part-time employee.
        FixedTerm = "fixedTerm",
        /// Agency or outsourced worker under the organization's control.
        Agency = "agency",
        /// Independent contractor.
        Contractor = "contractor",
        /// Intern or trainee.
        Intern = "intern",
    }
}

/// A person working under the organization's control — GB/T 36311—2018, 6.1.2, 6.2.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    /// Id.
    pub id: PersonId,
    /// Name. May be left out when the organization records people by a pseudonymous key
    /// instead (the id, or `pseudonym`). [personal data]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// A pseudonymous key (staff number, alias) that identifies the person inside the
    /// organization without naming them. [personal data]
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pseudonym: Option<String>,
    /// Roles the person holds.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<RoleId>,
    /// Roles held for a period: for a role listed here, these periods say when the person
    /// held it (see [`Person::roles_on`]); a role in `roles` with no entry here counts as held
    /// throughout.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub role_history: Vec<RoleTenure>,
    /// Kind of employment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment: Option<EmploymentType>,
    /// First working day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joined_on: Option<Date>,
    /// Last working day; from the day after, the person no longer counts as staff.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_on: Option<Date>,
    /// Evidence of competence: education, training, experience (6.2 b), d)).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competence_evidence: Vec<CompetenceEvidence>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}

impl Person {
    /// How messages name the person: the name, else the pseudonym, else the id.
    pub fn label(&self) -> String {
        self.name
            .clone()
            .or_else(|| self.pseudonym.clone())
            .unwrap_or_else(|| self.id.to_string())
    }

    /// Whether the person works for the organization on a date.
    pub fn is_active(&self, on: Date) -> bool {
        self.left_on.is_none_or(|l| l >= on) && self.joined_on.is_none_or(|j| j <= on)
    }

    /// Whether the person held a role on a date: by the periods of `roleHistory` when it has
    /// any for the role, else by `roles`. Employment dates are not considered here.
    pub fn holds_role_on(&self, role: RoleId, on: Date) -> bool {
        let mut periods = self
            .role_history
            .iter()
            .filter(|t| t.role == role)
            .peekable();
        if periods.peek().is_none() {
            return self.roles.contains(&role);
        }
        periods.any(|t| t.covers(on))
    }

    /// The roles the person held on a date (see [`Person::holds_role_on`]), in the order of
    /// `roles`, then of `roleHistory`, each once.
    pub fn roles_on(&self, on: Date) -> Vec<RoleId> {
        let mut out: Vec<RoleId> = Vec::new();
        let all = self
            .roles
            .iter()
            .chain(self.role_history.iter().map(|t| &t.role));
        for r in all {
            if !out.contains(r) && self.holds_role_on(*r, on) {
                out.push(*r);
            }
        }
        out
    }
}

/// A period in which a person held a role.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct RoleTenure {
    /// The role.
    pub role: RoleId,
    /// First day in the role.
    pub from: Date,
    /// Last day in the role; still held when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    /// Remarks (appointment, transfer…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl RoleTenure {
    /// Whether the period includes a date.
    pub fn covers(&self, on: Date) -> bool {
        self.from <= on && self.until.is_none_or(|u| u >= on)
    }
}

/// How many people a role needs — GB/T 36311—2018, 6.1.2 (determine and provide the
/// people needed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "camelCase")]
pub struct StaffingNeed {
    /// Id.
    pub id: ResourceId,
    /// The role.
    pub role: RoleId,
    /// Number of people the role needs.
    pub headcount: u32,
    /// How the need was determined, peak arrangements, remarks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Vendor data outside the standard.
    #[serde(default, skip_serializing_if = "Extensions::is_empty")]
    pub extensions: Extensions,
}
