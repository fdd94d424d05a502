use inventory::Grade::*;
use inventory::{Grade, Item, SLOTS};

pub fn check(shelf: &[orders::Tag; SLOTS]) {
    let item = Item::new("desk", shelf[2], Worn);
    let held = &mut item;
    held.restock(2, 1);
    let kept = item;
    kept.grade = Broken;
    println!("{:?}", kept);
}

pub fn label(g: Grade) -> &'static str {
    match g {
        Fresh => "fresh",
        Good | Worn => "ok",
    }
}

pub fn risk(g: Grade) -> u8 {
    match g {
        Fresh => 0,
        _ => 2,
        Broken => 3,
    }
}
