use shop::{find, Cart};

fn main() {
    let mut cart = Cart::new();
    for id in 1..4 {
        let item = find(id);
        if item.in_stock() {
            cart.add(&item);
        }
        println!("item {} costs {}", item.id, item.price);
    }
    println!("total {}", cart.total());

    let bonus = shop::pricing::discount(500, 4);
    println!("bonus {}", bonus);

    let custom = shop::Item { id: 99, price: 1, stock: 10 };
    println!("{:?} v{}", custom, shop::version());

    cart.clear();
    let empty = Cart { prices: [0; 4], count: 0 };
    println!("{}", empty.total());
}
