// edition:2024
// An event bus with boxed handlers keyed by TypeId, using Any downcasting.
use std::any::{Any, TypeId};
use std::collections::HashMap;

type Handler = Box<dyn Fn(&dyn Any) -> bool>;

#[derive(Default)]
pub struct EventBus {
    handlers: HashMap<TypeId, Vec<Handler>>,
    delivered: usize,
}

impl EventBus {
    pub fn subscribe<E: Any, F>(&mut self, f: F)
    where
        F: Fn(&E) + 'static,
    {
        let wrapped: Handler = Box::new(move |event: &dyn Any| match event.downcast_ref::<E>() {
            Some(e) => {
                f(e);
                true
            }
            None => false,
        });
        self.handlers.entry(TypeId::of::<E>()).or_default().push(wrapped);
    }

    pub fn publish<E: Any>(&mut self, event: E) -> usize {
        let Some(list) = self.handlers.get(&TypeId::of::<E>()) else {
            return 0;
        };
        let n = list.iter().filter(|h| h(&event)).count();
        self.delivered += n;
        n
    }
}

#[derive(Debug)]
struct UserCreated {
    id: u32,
    name: String,
}

#[derive(Debug)]
struct OrderPlaced(u64, f64);

fn main() {
    let mut bus = EventBus::default();
    bus.subscribe(|e: &UserCreated| println!("welcome {} (#{})", e.name, e.id));
    bus.subscribe(|e: &UserCreated| println!("audit: {e:?}"));
    bus.subscribe(|OrderPlaced(id, total): &OrderPlaced| println!("order {id}: {total:.2}"));
    let a = bus.publish(UserCreated { id: 1, name: "ann".into() });
    let b = bus.publish(OrderPlaced(77, 19.5));
    let c = bus.publish("unhandled");
    println!("{a} {b} {c} total={}", bus.delivered);
}
