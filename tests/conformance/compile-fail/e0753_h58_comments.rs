#!/usr/bin/env run-cargo-script
//! Crate docs with /* nested */ markers inside.

/* outer /* inner /* deepest */ */ still comment */

/// A documented constant.
const BASE: i32 = 10;

fn main() {
    #![allow(unused_variables)]
    let unused = 3;
    /// doc comment on a statement is not allowed to document anything
    let x = BASE /* inline */ + 1;
    /** block doc */
    let y = x * 2;
    println!("{} {}", x, y); // trailing
    /*! inner block doc would be an error here? no, just a comment in text: */
}
