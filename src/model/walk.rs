//! Walking a loaded model: where each node with an `@id` is defined and
//! where each `{"@id"}` reference points, with JSON pointers.
//!
//! The dataset loader uses this to check a graph as a whole (every
//! reference resolves, no `@id` is defined twice, a reference points at a
//! node of a type its property allows) without knowing the model's types.

use crate::diagnostic::push_pointer_token;

/// A node that carries an `@id`, found while walking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeSite {
    /// The `@id` as written.
    pub id: String,
    /// The node's type names (schema.org terms, or other vocabularies'
    /// IRIs as written); empty for an untyped node.
    pub types: Vec<String>,
    /// Where the node is, as a JSON pointer into the document.
    pub pointer: String,
}

/// A `{"@id": …}` reference, found while walking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefSite {
    /// The `@id` referred to, as written.
    pub id: String,
    /// The types the property accepts (empty: any node).
    pub accepts: &'static [&'static str],
    /// The property holding the reference (its last pointer token).
    pub property: String,
    /// Where the reference is, as a JSON pointer into the document.
    pub pointer: String,
}

impl NodeSite {
    /// True if a reference accepting `accepts` may point at this node: it
    /// is of an accepted type or a subtype of one in schema.org's
    /// vocabulary, or it says nothing sdx can judge (no type, or only
    /// other vocabularies' types).
    pub fn satisfies(&self, accepts: &[&str]) -> bool {
        let vocabulary = crate::vocab::Vocabulary::get();
        let known: Vec<&str> = self
            .types
            .iter()
            .map(|name| super::schema_org_term(name))
            .filter(|name| vocabulary.type_info(name).is_some())
            .collect();
        accepts.is_empty()
            || known.is_empty()
            || known.iter().any(|name| {
                accepts
                    .iter()
                    .any(|t| t == name || vocabulary.is_subtype(name, t))
            })
    }

    /// The node's first type name, for messages.
    pub fn type_name(&self) -> &str {
        self.types.first().map_or("", String::as_str)
    }
}

/// Collects [`NodeSite`]s and [`RefSite`]s while tracking the JSON pointer.
#[derive(Debug, Default)]
pub struct Walker {
    pointer: String,
    property: Vec<String>,
    /// Every node with an `@id`, in document order.
    pub nodes: Vec<NodeSite>,
    /// Every reference, in document order.
    pub refs: Vec<RefSite>,
}

impl Walker {
    /// A walker whose pointers start at `root` (e.g. `/@graph/0`).
    pub fn at(root: &str) -> Walker {
        Walker {
            pointer: root.to_owned(),
            ..Walker::default()
        }
    }

    /// Walks `value` under the object member `name`.
    pub fn field<T: Walk + ?Sized>(&mut self, name: &str, value: &T) {
        // Most fields of a node are absent or plain values; skipping them
        // before touching the pointer keeps clean data cheap to walk.
        if T::LEAF || value.is_vacant() {
            return;
        }
        let len = self.pointer.len();
        push_pointer_token(&mut self.pointer, name);
        self.property.push(name.to_owned());
        value.walk(self);
        self.property.pop();
        self.pointer.truncate(len);
    }

    /// Walks `value` under the array index `index`.
    pub fn index<T: Walk + ?Sized>(&mut self, index: usize, value: &T) {
        if T::LEAF || value.is_vacant() {
            return;
        }
        let len = self.pointer.len();
        self.pointer.push('/');
        self.pointer.push_str(&index.to_string());
        value.walk(self);
        self.pointer.truncate(len);
    }

    /// Records a node with an `@id`, of these types, at the current pointer.
    pub fn node_of(&mut self, id: &str, types: Vec<String>) {
        self.nodes.push(NodeSite {
            id: id.to_owned(),
            types,
            pointer: self.pointer.clone(),
        });
    }

    /// Records a reference at the current pointer.
    pub fn reference(&mut self, id: &str, accepts: &'static [&'static str]) {
        self.refs.push(RefSite {
            id: id.to_owned(),
            accepts,
            property: self.property.last().cloned().unwrap_or_default(),
            pointer: self.pointer.clone(),
        });
    }

    /// The current JSON pointer.
    pub fn pointer(&self) -> &str {
        &self.pointer
    }
}

/// Implemented by every model type: reports nodes and references inside.
pub trait Walk {
    /// True for types that can never hold a node or a reference (datatypes,
    /// enumerations): the walker skips them without a look.
    const LEAF: bool = false;

    /// Reports this value's nodes and references to `walker`.
    fn walk(&self, walker: &mut Walker);

    /// True when the value holds nothing to walk (an absent optional value).
    fn is_vacant(&self) -> bool {
        false
    }
}

impl<T: Walk> Walk for Option<T> {
    const LEAF: bool = T::LEAF;

    fn walk(&self, walker: &mut Walker) {
        if let Some(value) = self {
            value.walk(walker);
        }
    }

    fn is_vacant(&self) -> bool {
        self.is_none()
    }
}

impl<T: Walk + ?Sized> Walk for Box<T> {
    const LEAF: bool = T::LEAF;

    fn walk(&self, walker: &mut Walker) {
        (**self).walk(walker);
    }
}

impl<T: Walk> Walk for Vec<T> {
    const LEAF: bool = T::LEAF;

    fn walk(&self, walker: &mut Walker) {
        for (index, value) in self.iter().enumerate() {
            walker.index(index, value);
        }
    }
}

/// Leaf values hold no nodes and no references.
macro_rules! leaf {
    ($($ty:ty),* $(,)?) => {
        $(impl Walk for $ty {
            const LEAF: bool = true;
            fn walk(&self, _: &mut Walker) {}
        })*
    };
}

leaf!(String, bool, u64, i64, f64, serde_json::Number);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Agent, Entity, NodeId, OneOrMany, Organization, Person, PostalAddress};

    #[test]
    fn finds_nodes_and_references_at_any_depth_and_skips_plain_values() {
        let founder = Organization {
            id: Some(NodeId::from("#inner")),
            name: Some("Inner".into()),
            founder: Some(Entity::<Agent>::id("#founder").into()),
            ..Organization::default()
        };
        let person = Person {
            id: Some(NodeId::from("#p")),
            name: Some("P".into()),
            works_for: Some(OneOrMany::Many(vec![
                Entity::id("#org"),
                Entity::from(founder),
            ])),
            address: Some(OneOrMany::Many(vec![
                Entity::text("Texas"),
                Entity::<PostalAddress>::id("#address"),
            ])),
            ..Person::default()
        };
        let mut walker = Walker::at("/@graph/0");
        person.walk(&mut walker);

        let nodes: Vec<(&str, &str, &str)> = walker
            .nodes
            .iter()
            .map(|n| (n.id.as_str(), n.type_name(), n.pointer.as_str()))
            .collect();
        assert_eq!(
            nodes,
            [
                ("#p", "Person", "/@graph/0"),
                ("#inner", "Organization", "/@graph/0/worksFor/1"),
            ]
        );
        let refs: Vec<(&str, &str, &str, &[&str])> = walker
            .refs
            .iter()
            .map(|r| {
                (
                    r.id.as_str(),
                    r.property.as_str(),
                    r.pointer.as_str(),
                    r.accepts,
                )
            })
            .collect();
        assert_eq!(
            refs,
            [
                (
                    "#org",
                    "worksFor",
                    "/@graph/0/worksFor/0",
                    &["Organization"][..]
                ),
                (
                    "#founder",
                    "founder",
                    "/@graph/0/worksFor/1/founder",
                    &["Person", "Organization"][..]
                ),
                (
                    "#address",
                    "address",
                    "/@graph/0/address/1",
                    &["PostalAddress"][..]
                ),
            ]
        );
        assert_eq!(walker.pointer(), "/@graph/0", "the pointer is restored");
    }
}
