//! What the vocabulary knows about one term: a type, a property or an
//! enumeration member.

/// The index of a type in the loaded vocabulary; cheap to copy and compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TypeId(pub(crate) u32);

impl TypeId {
    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }
}

/// The schema.org layer (extension) a term belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Layer {
    /// The core vocabulary.
    Core,
    /// `pending.schema.org`: proposed terms, still open to change.
    Pending,
    /// `health-lifesci.schema.org`.
    HealthLifesci,
    /// `auto.schema.org`.
    Auto,
    /// `bib.schema.org`.
    Bib,
    /// `meta.schema.org`: terms describing the vocabulary itself.
    Meta,
}

impl Layer {
    /// Reads the layer name the table uses (`pending`, `health-lifesci`…).
    pub(crate) fn parse(name: &str) -> Option<Layer> {
        Some(match name {
            "pending" => Layer::Pending,
            "health-lifesci" => Layer::HealthLifesci,
            "auto" => Layer::Auto,
            "bib" => Layer::Bib,
            "meta" => Layer::Meta,
            _ => return None,
        })
    }

    /// The layer's name, as schema.org spells its host (`core` for the core).
    pub fn as_str(self) -> &'static str {
        match self {
            Layer::Core => "core",
            Layer::Pending => "pending",
            Layer::HealthLifesci => "health-lifesci",
            Layer::Auto => "auto",
            Layer::Bib => "bib",
            Layer::Meta => "meta",
        }
    }
}

/// How values of a type are written, which decides what fits a range.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TypeKind {
    /// A literal: `Text`, `URL`, `Number`, `Boolean`, `Date`, `Quantity`…
    /// (an instance of schema.org's `DataType` or a subtype of one).
    DataType,
    /// A subtype of `Enumeration`: values are its members, written as IRIs.
    Enumeration,
    /// Any other type: values are nodes (or, leniently, text).
    Entity,
}

/// Which lexical form a literal range checks: the most specific of the
/// datatypes the range checks treat specially that the type is, or is a
/// subtype of (`CssSelectorType` is `Text`, `Integer` is not `Number`).
/// Resolved once when the vocabulary loads, so that a value's check is
/// one `match`, not a subtype test for each datatype in turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Literal {
    Url,
    Text,
    Integer,
    Number,
    Boolean,
    DateTime,
    Date,
    Time,
    Duration,
    Quantity,
    /// Another datatype, or not a datatype: any text.
    Other,
}

/// A schema.org type.
#[derive(Debug)]
pub struct TypeInfo {
    pub(crate) name: &'static str,
    pub(crate) id: TypeId,
    pub(crate) supertypes: Box<[TypeId]>,
    pub(crate) kind: TypeKind,
    pub(crate) literal: Literal,
    pub(crate) layer: Layer,
    pub(crate) superseded_by: Option<&'static str>,
}

impl TypeInfo {
    /// The short name (`Organization`).
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The type's index, for fast subtype tests.
    pub fn id(&self) -> TypeId {
        self.id
    }

    /// The direct supertypes (several where schema.org uses multiple
    /// inheritance, as `LocalBusiness` is both an `Organization` and a `Place`).
    pub fn supertypes(&self) -> &[TypeId] {
        &self.supertypes
    }

    /// Literal, enumeration or entity.
    pub fn kind(&self) -> TypeKind {
        self.kind
    }

    /// The layer the type is defined in.
    pub fn layer(&self) -> Layer {
        self.layer
    }

    /// Whether the type is still pending (proposed, not yet stable).
    pub fn is_pending(&self) -> bool {
        self.layer == Layer::Pending
    }

    /// The term that replaces this one, when schema.org retired it.
    pub fn superseded_by(&self) -> Option<&'static str> {
        self.superseded_by
    }
}

/// A schema.org property.
#[derive(Debug)]
pub struct PropertyInfo {
    pub(crate) name: &'static str,
    /// Its position in [`Vocabulary::properties`](super::Vocabulary::properties).
    pub(crate) index: u32,
    pub(crate) domains: Box<[TypeId]>,
    pub(crate) ranges: Box<[TypeId]>,
    /// One of the ranges is an enumeration: its values may be members.
    pub(crate) enumerated: bool,
    pub(crate) layer: Layer,
    pub(crate) superseded_by: Option<&'static str>,
}

impl PropertyInfo {
    /// The short name (`startDate`).
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// Its position among the vocabulary's properties (name order), for
    /// tables indexed by property.
    pub fn index(&self) -> usize {
        self.index as usize
    }

    /// The types the property is declared on (`domainIncludes`); it is also
    /// allowed on every subtype of these. Empty for the few retired
    /// properties that declare none.
    pub fn domains(&self) -> &[TypeId] {
        &self.domains
    }

    /// The types its values may have (`rangeIncludes`).
    pub fn ranges(&self) -> &[TypeId] {
        &self.ranges
    }

    /// Whether one of its ranges is an enumeration (`availability`:
    /// `ItemAvailability`), so that its values may name members.
    pub fn takes_members(&self) -> bool {
        self.enumerated
    }

    /// The layer the property is defined in.
    pub fn layer(&self) -> Layer {
        self.layer
    }

    /// Whether the property is still pending (proposed, not yet stable).
    pub fn is_pending(&self) -> bool {
        self.layer == Layer::Pending
    }

    /// The property that replaces this one, when schema.org retired it.
    pub fn superseded_by(&self) -> Option<&'static str> {
        self.superseded_by
    }
}

/// A member of an enumeration (`InStock` of `ItemAvailability`).
#[derive(Debug)]
pub struct MemberInfo {
    pub(crate) name: &'static str,
    pub(crate) enumerations: Box<[TypeId]>,
    pub(crate) layer: Layer,
    pub(crate) superseded_by: Option<&'static str>,
}

impl MemberInfo {
    /// The short name (`InStock`).
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The enumerations it belongs to (usually one; `Radiography` is both a
    /// `MedicalSpecialty` and a `MedicalImagingTechnique`).
    pub fn enumerations(&self) -> &[TypeId] {
        &self.enumerations
    }

    /// The layer the member is defined in.
    pub fn layer(&self) -> Layer {
        self.layer
    }

    /// Whether the member is still pending.
    pub fn is_pending(&self) -> bool {
        self.layer == Layer::Pending
    }

    /// The member that replaces this one, when schema.org retired it.
    pub fn superseded_by(&self) -> Option<&'static str> {
        self.superseded_by
    }
}

/// What a name denotes in the vocabulary.
#[derive(Debug, Clone, Copy)]
pub enum Term<'v> {
    /// A type.
    Type(&'v TypeInfo),
    /// A property.
    Property(&'v PropertyInfo),
    /// An enumeration member.
    Member(&'v MemberInfo),
}

impl Term<'_> {
    /// The term's short name.
    pub fn name(self) -> &'static str {
        match self {
            Term::Type(t) => t.name,
            Term::Property(p) => p.name,
            Term::Member(m) => m.name,
        }
    }

    /// The replacement, when schema.org retired the term.
    pub fn superseded_by(self) -> Option<&'static str> {
        match self {
            Term::Type(t) => t.superseded_by,
            Term::Property(p) => p.superseded_by,
            Term::Member(m) => m.superseded_by,
        }
    }

    /// The layer the term is defined in.
    pub fn layer(self) -> Layer {
        match self {
            Term::Type(t) => t.layer,
            Term::Property(p) => p.layer,
            Term::Member(m) => m.layer,
        }
    }
}
