// Imports whose first segment names nothing: a lone name (`use m;`) can only
// be a crate, `::q` looks among the linked crates, and a capitalised name is
// taken for a type.
use ::regex::Regex;
use ::colors::named::Blue;
use ::rand;
use serde;
use itertools as it;
use Shade::Dark;
use Palette::warm::Red;
use Light::*;
use helpers::*;

fn main() {
    println!("hello");
}
