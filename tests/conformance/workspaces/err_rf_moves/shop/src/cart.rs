use inventory::Grade::{self, *};
use orders::*;

pub fn fill(shelf: [Tag; crate::MAX]) {
    let chair = Product::new("chair", shelf[0], Good);
    chair.restock(1, 5);
    let mut o = Order::new(chair, 1);
    o.bump();
    let first = ship(o);
    let again = ship(o);
    let grade: Grade = Worn;
    println!("{} {} {:?}", first, again, grade);
    grade = Broken;
    println!("{:?}", grade);
}

pub fn reprice(item: &Product, grade: Grade) -> Product {
    item.restock(0, 1);
    Product::new(item.name, item.tag.discounted(5), grade)
}
