// An inventory tool whose author split the binary and forgot `main`:
// rustc still checks everything else, and keeps its early lints.
#[derive(Clone, Copy)]
struct stock_item {
    code: u32,
    count: i32,
}

enum Movement {
    Inbound,
    outbound,
}

fn apply(item: stock_item, movement: Movement, amount: i32) -> stock_item {
    let count = match movement {
        Movement::Inbound => item.count + amount,
        Movement::outbound => item.count - amount,
    };
    stock_item { code: item.code, count: (count) }
}

fn restock_until(mut item: stock_item, target: i32) -> stock_item {
    while (true) {
        if item.count >= target {
            break;
        }
        item = apply(item, Movement::Inbound, 5);
    }
    item
}

fn report(item: stock_item) -> u32 {
    let label: u32 = "item";
    item.code + label
}
