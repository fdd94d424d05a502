use std::collections::HashMap;
use std::io::{self, Read, Write as _};
use crate::a::b::*;
use super::sibling;
use self::inner::Thing as Other;
use ::core::mem;
use std::{fmt::{self, Display}, ops::{Add, Sub}};
pub use inner::*;
mod inner {
    pub struct Thing;
    pub(super) fn helper() {}
    pub(in crate::inner) mod deeper {}
}
mod external;
#[path = "other.rs"]
mod renamed;
extern crate alloc;
extern crate std as standard;
