//! Crate documentation written with inner line doc comments.
//!
//! # Examples
//!
//! ```
//! assert_eq!(2 + 2, 4);
//! ```
/*! An inner block doc comment
    spanning lines. */

/// A stack of values.
///
/// Outer doc comments attach to the next item.
#[derive(Debug, Default)]
pub struct Stack<T> {
    /// The items, top last.
    items: Vec<T>,
}

/** Outer block doc comment on an impl. */
impl<T> Stack<T> {
    /// Pushes a value.
    pub fn push(&mut self, v: T) {
        self.items.push(v);
    }

    /** Pops a value,
     * returning `None` when empty. */
    pub fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
}

/// Direction of travel.
pub enum Dir {
    /// Going up.
    Up,
    /// Going down.
    Down,
}

pub mod nested {
    //! Module docs from inside.

    /// A documented function.
    pub fn f() {}
}

// A plain comment is not documentation.
/* Neither is a block comment /* even a nested one */ like this. */
//// Four slashes is a plain comment too.
/*** Three stars is a plain block comment. */
/**/
/***/
fn main() {
    let mut s = Stack::default();
    s.push(1);
    /* inline block comment */ s.push(2);
    // line comment at end
    let _d = [Dir::Up, Dir::Down];
    nested::f();
    println!("{:?}", s.pop());
}
