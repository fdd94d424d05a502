mod audit;
mod cart;

use inventory::Grade::*;
use orders::{pricing::price, Order, Product, Tag};

const MAX: usize = inventory::SLOTS;
type Shelf = [Tag; MAX];

fn main() {
    let tag = Tag { code: 7, price: 250 };
    let a = tag.discounted(10);
    let b = tag.discounted(20);
    let shelf: Shelf = [tag, a, b];
    let lamp = Product::new("lamp", tag, Fresh);
    let order = Order::new(lamp, 2);
    println!("{} costs {}", lamp.name, price(tag, Fresh));
    let total = orders::ship(order);
    total = total + order.qty;
    cart::fill(shelf);
    audit::check(&shelf);
    println!("{} {}", total, audit::label(Good));
}
