// lints: non_snake_case non_camel_case_types non_upper_case_globals unused_mut unused_assignments unused_variables
// An orchard harvest tracker with unidiomatic names and leftover bindings.
const maxTrees: u32 = 40;
static harvest_goal: u32 = 500;

#[derive(Debug, Clone, Copy)]
struct apple_tree {
    Yield: u32,
    age_years: u8,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum fruit_kind {
    Apple,
    Pear,
}

impl apple_tree {
    const DefaultYield: u32 = 12;

    fn New(age: u8) -> apple_tree {
        apple_tree { Yield: Self::DefaultYield + age as u32, age_years: age }
    }

    fn basketCount(&self) -> u32 {
        let mut per_basket = 5;
        self.Yield / per_basket
    }
}

fn totalYield(trees: &[apple_tree]) -> u32 {
    let mut total = 0;
    let mut checked = 0;
    for t in trees {
        total += t.Yield;
        checked = t.age_years;
    }
    checked = 0;
    total
}

fn main() {
    let mut TreeRow = [apple_tree::New(3), apple_tree::New(5)];
    let kind = fruit_kind::Apple;
    let total = totalYield(&TreeRow);
    println!("{} of {} ({}), {} baskets, {:?}", total, harvest_goal, maxTrees, TreeRow[0].basketCount(), kind);
    if kind == fruit_kind::Pear {
        println!("pears");
    }
}
