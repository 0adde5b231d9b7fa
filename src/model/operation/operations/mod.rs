//! Clause 7.2 — operations management (运营管理): the operating model (7.2.1), platform
//! selection (7.2.2), product listing and delisting (7.2.3), customer service with complaints
//! and customer property (7.2.4), and crisis management (7.2.5).

mod crisis;
mod customer_service;
mod listing;
mod operating_model;
mod platforms;

pub use crisis::{CrisisExercise, CrisisManagement, CrisisScenario, ExerciseKind};
pub use customer_service::{
    Complaint, ComplaintCategory, CustomerProperty, CustomerPropertyKind, CustomerPropertyStatus,
    CustomerService, PropertyIncident, PropertyIncidentKind, RefundAuthority, Remedy,
};
pub use listing::{
    DescriptionRules, ListingManagement, ListingStatus, ListingStrategy, PriceAuthority,
    PriceChange, PricingPolicy, Product, ProductBatch, ProductClassification, ProductParameter,
};
pub use operating_model::{
    CustomerFeedback, CustomerSegment, OperatingModel, OperationsArea, OperationsProcess,
};
pub use platforms::{
    Platform, PlatformKind, PlatformSelection, PlatformStatus, PlatformStrategy, Store,
};
