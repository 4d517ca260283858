//! The declarations of the model's node types: a node type, a union of
//! node types, and the list of every modeled type (schema.org
//! enumerations are declared in `enumeration.rs`).
//!
//! They exist so that the shape schema.org gives every type (the common
//! Thing properties, `@type`/`@id`, compact serialization, reference
//! walking) is written once instead of in each of the model's files, and
//! a type is named once for every list of types.

/// Declares a schema.org node type: a struct with `@type`, `@id`, the
/// properties every schema.org Thing has, and the listed properties, each
/// with its JSON-LD name. Every property is optional and skipped when absent.
///
/// ```text
/// schema_node! {
///     /// Doc of the type.
///     pub struct Offer: "Offer" extends ["Intangible"] {
///         /// Doc of the property.
///         price "price": Price,
///         ..part_numbers,
///     }
/// }
/// ```
///
/// `..group,` stands for the properties of a group declared once with
/// `property_group!` (see `groups.rs`), in their order, where it stands;
/// every entry ends with a comma. The declaration is read one entry at a
/// time (`@munch`), a group's properties spliced back in front of the rest
/// (`@splice`), then the type is written out from the full list.
macro_rules! schema_node {
    (
        $(#[$meta:meta])*
        pub struct $name:ident : $type_name:literal
            $(extends [$($super:literal),* $(,)?])?
        { $($entries:tt)* }
    ) => {
        schema_node! {
            @munch [$(#[$meta])* pub struct $name : $type_name [$($($super),*)?]] []
            $($entries)*
        }
    };
    // `..group,`: the group's macro calls back with its properties.
    (@munch $head:tt $done:tt .. $group:ident , $($rest:tt)*) => {
        $group! { $head $done $($rest)* }
    };
    (@splice [$($properties:tt)*] $head:tt $done:tt $($rest:tt)*) => {
        schema_node! { @munch $head $done $($properties)* $($rest)* }
    };
    // One property: moved to the done list.
    (
        @munch $head:tt [$($done:tt)*]
        $(#[$fmeta:meta])* $field:ident $json:literal : $fty:ty , $($rest:tt)*
    ) => {
        schema_node! { @munch $head [$($done)* $(#[$fmeta])* $field $json : $fty,] $($rest)* }
    };
    // Every entry read: the type.
    (
        @munch [$(#[$meta:meta])* pub struct $name:ident : $type_name:literal [$($super:literal),*]]
        [$($(#[$fmeta:meta])* $field:ident $json:literal : $fty:ty,)*]
    ) => {
        $(#[$meta])*
        ///
        /// Every property may hold one value or a list, as schema.org
        /// allows for all of them; a field holds the property's values.
        #[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize, schemars::JsonSchema)]
        #[schemars(title = $type_name)]
        pub struct $name {
            /// The node's schema.org types: this type or one of its subtypes.
            #[serde(rename = "@type", alias = "type", default)]
            pub kind: $crate::model::TypeTag<$name>,
            /// The node's identifier: how other nodes refer to it.
            #[serde(rename = "@id", alias = "id", default, skip_serializing_if = "Option::is_none")]
            pub id: Option<$crate::model::NodeId>,
            /// The name of the item.
            #[serde(rename = "name", default, skip_serializing_if = "crate::model::absent")]
            pub name: Option<$crate::model::OneOrMany<$crate::model::Text>>,
            /// Other names the item is known by.
            #[serde(rename = "alternateName", default, skip_serializing_if = "crate::model::absent")]
            pub alternate_name: Option<$crate::model::OneOrMany<$crate::model::Text>>,
            /// A description of the item.
            #[serde(rename = "description", default, skip_serializing_if = "crate::model::absent")]
            pub description: Option<$crate::model::OneOrMany<$crate::model::TextOrNode>>,
            /// The URL of the item.
            #[serde(rename = "url", default, skip_serializing_if = "crate::model::absent")]
            pub url: Option<$crate::model::OneOrMany<$crate::model::Url>>,
            /// Images of the item: URLs or ImageObject nodes.
            #[serde(rename = "image", default, skip_serializing_if = "crate::model::absent")]
            pub image: Option<$crate::model::OneOrMany<$crate::model::Image>>,
            /// URLs of pages that unambiguously identify the item (Wikipedia, Wikidata, official site).
            #[serde(rename = "sameAs", default, skip_serializing_if = "crate::model::absent")]
            pub same_as: Option<$crate::model::OneOrMany<$crate::model::Url>>,
            /// Identifiers of the item: text, a URL or a PropertyValue.
            #[serde(rename = "identifier", default, skip_serializing_if = "crate::model::absent")]
            pub identifier: Option<$crate::model::OneOrMany<$crate::model::Identifier>>,
            /// Creative works or events about this item.
            #[serde(rename = "subjectOf", default, skip_serializing_if = "crate::model::absent")]
            pub subject_of: Option<$crate::model::OneOrMany<$crate::model::Entity<$crate::model::Node>>>,
            $(
                $(#[$fmeta])*
                #[serde(rename = $json, default, skip_serializing_if = "crate::model::absent")]
                pub $field: Option<$crate::model::OneOrMany<$fty>>,
            )*
        }

        impl $crate::model::NodeType for $name {
            const TYPE: &'static str = $type_name;
            const SUPERTYPES: &'static [&'static str] = &[$($super),*];
            const PROPERTIES: &'static [&'static str] = &[
                "@type", "@id", "name", "alternateName", "description", "url", "image",
                "sameAs", "identifier", "subjectOf", $($json),*
            ];
        }

        impl $crate::model::TypeSet for $name {
            const TYPES: &'static [&'static str] = &[$type_name];

            fn family_schemas(generator: &mut schemars::SchemaGenerator) -> Vec<schemars::Schema> {
                vec![generator.subschema_for::<$crate::model::TypeNames<$name>>()]
            }
        }

        impl $crate::model::MaybeEmpty for $name {}

        impl $crate::model::Walk for $name {
            fn walk(&self, walker: &mut $crate::model::Walker) {
                if let Some(id) = &self.id {
                    let types = self.kind.names().into_iter().map(str::to_owned).collect();
                    walker.node_of(id.as_str(), types);
                }
                walker.field("image", &self.image);
                walker.field("identifier", &self.identifier);
                walker.field("subjectOf", &self.subject_of);
                $(walker.field($json, &self.$field);)*
            }
        }
    };
}

/// Declares a union of node types for a property whose range holds several
/// types (`author`: Person or Organization). Reads the variant named by the
/// node's `@type`, without buffering the node.
macro_rules! node_union {
    (
        $(#[$meta:meta])*
        pub enum $name:ident { $($variant:ident),+ $(,)? }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq)]
        #[allow(clippy::large_enum_variant)]
        pub enum $name {
            $(
                #[doc = concat!("A `", stringify!($variant), "` node.")]
                $variant($variant),
            )+
        }

        impl $name {
            /// The schema.org type of the node held.
            pub fn type_name(&self) -> &'static str {
                match self {
                    $($name::$variant(_) => <$variant as $crate::model::NodeType>::TYPE,)+
                }
            }
        }

        $(
            impl From<$variant> for $name {
                fn from(node: $variant) -> Self {
                    $name::$variant(node)
                }
            }
        )+

        impl $crate::model::TypeSet for $name {
            const TYPES: &'static [&'static str] =
                &[$(<$variant as $crate::model::NodeType>::TYPE),+];

            fn family_schemas(generator: &mut schemars::SchemaGenerator) -> Vec<schemars::Schema> {
                let mut schemas = Vec::new();
                $(schemas.extend(<$variant as $crate::model::TypeSet>::family_schemas(generator));)+
                schemas
            }
        }

        impl $crate::model::MaybeEmpty for $name {}

        impl $crate::model::Walk for $name {
            fn walk(&self, walker: &mut $crate::model::Walker) {
                match self {
                    $($name::$variant(node) => node.walk(walker),)+
                }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                match self {
                    $($name::$variant(node) => node.serialize(serializer),)+
                }
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct UnionVisitor;

                impl<'de> serde::de::Visitor<'de> for UnionVisitor {
                    type Value = $name;

                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        write!(f, "a node of type {}", <$name as $crate::model::TypeSet>::TYPES.join(" or "))
                    }

                    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<$name, A::Error> {
                        let (type_name, replay) = $crate::model::union::scan_for_type(
                            map,
                            <$name as $crate::model::TypeSet>::TYPES,
                        )?;
                        let map = serde::de::value::MapAccessDeserializer::new(replay);
                        $(
                            if type_name == <$variant as $crate::model::NodeType>::TYPE {
                                return <$variant as serde::Deserialize>::deserialize(map).map($name::$variant);
                            }
                        )+
                        Err(serde::de::Error::custom(format_args!("unexpected @type `{type_name}`")))
                    }
                }

                deserializer.deserialize_map(UnionVisitor)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let variants = vec![$(generator.subschema_for::<$variant>()),+];
                let description = format!(
                    "A node of type {}.",
                    <$name as $crate::model::TypeSet>::TYPES.join(", ")
                );
                schemars::json_schema!({ "description": description, "anyOf": variants })
            }
        }
    };
}

/// Declares the modeled types, one line each (`module::Type`), in the order
/// the schemas are listed and [`Node`](super::Node) names them. Each type
/// is declared once, in its module, with `schema_node!`; from this list
/// come its re-export, the [`Node`](super::Node) union of every modeled
/// type, and [`visit_modeled_types`](super::visit_modeled_types), from
/// which the schema module builds its type list and its schema files.
macro_rules! modeled_types {
    ($($module:ident :: $name:ident),+ $(,)?) => {
        $(pub use $module::$name;)+

        node_union! {
            /// Any modeled schema.org node (a property whose range is `Thing`).
            pub enum Node { $($name),+ }
        }

        /// Shows `visitor` every modeled type, in the list's order.
        pub(crate) fn visit_modeled_types(visitor: &mut impl ModeledTypeVisitor) {
            $(visitor.visit::<$name>();)+
        }
    };
}
