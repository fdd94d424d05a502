// rustc --edition 2021 (1.95): no lexical diagnostics
//! Inner doc comment for the crate.
/*! Inner block doc. */

/// Outer doc comment.
//// Four slashes: a plain comment.
/** Outer block doc. */
/*** Three stars: plain. */
/**/
/* plain /* nested /* deeper */ */ still comment */
// plain line comment with trailing spaces   
fn f() /* between */ {} // after
