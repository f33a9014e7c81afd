"""English buyer intents: phrasings that go into the synthetic corpus, and held-out paraphrases
that query it, so the dense channel (English-only MiniLM) has something it can read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Intent:
    name: str
    phrasings: tuple[str, ...]  # used to write corpus rows; {p} is a product name
    replies: tuple[str, ...]
    held_out: tuple[str, ...]  # paraphrases never written to the corpus: the queries


PRODUCTS = ("down jacket", "desk lamp", "thermos cup", "fleece hoodie", "wool scarf",
            "memory foam pillow", "cotton bedding set", "straight jeans", "dress shirt",
            "bath mat", "kids fleece jacket", "aroma humidifier", "cotton T-shirt")

INTENTS = (
    Intent("delivery_time",
           ("How long does delivery take for the {p}?", "When will my {p} arrive?",
            "How many days until the {p} gets here?", "what is the shipping time for {p}",
            "Is the {p} delivered within a week?"),
           ("We ship within 48 hours and delivery usually takes 2-4 days.",
            "Orders leave our warehouse within 2 days; most parcels arrive 3 days later."),
           ("my parcel has not come yet, when can I expect it", "how soon would it reach me")),
    Intent("return",
           ("Can I return the {p} if it does not fit?", "How do I send back the {p}?",
            "Is there a 7 day return for the {p}?", "I want to return my {p}",
            "what is your return policy for {p}"),
           ("You can return it within 7 days if the tags are intact; we cover return shipping.",
            "Returns are accepted within 7 days of delivery, unworn and with tags."),
           ("I changed my mind, can I get my money back and give it back",
            "is it possible to send the item back to you")),
    Intent("invoice",
           ("Can you issue an invoice for the {p}?", "I need a VAT invoice for my order",
            "how do I get a receipt for the {p}", "Do you provide company invoices?",
            "please send me the invoice for {p}"),
           ("Yes, we issue electronic invoices; send us the company title and tax number.",),
           ("my company needs a tax receipt for reimbursement",
            "can I have a bill for accounting")),
    Intent("size",
           ("What size of {p} should I pick, I am 175 cm 70 kg?", "Does the {p} run small?",
            "Is the {p} true to size?", "which size fits me for the {p}",
            "size chart for the {p} please"),
           ("Please check the size chart on the page: 170-175 cm and 60-70 kg fit size L.",
            "It runs true to size; between two sizes, take the larger one."),
           ("I'm 180 tall and weigh 80, which one would fit", "should I order one size up")),
    Intent("wash",
           ("Can the {p} go in the washing machine?", "How do I wash the {p}?",
            "Will the {p} shrink after washing?", "washing instructions for {p}",
            "can I tumble dry the {p}"),
           ("Machine wash cold on a gentle cycle, do not tumble dry, and it will not shrink.",),
           ("what is the best way to clean it", "is it ok to put it through a laundry cycle")),
    Intent("damaged",
           ("My {p} arrived broken", "The {p} has a hole in it", "I received a damaged {p}",
            "the {p} stopped working after one day", "the {p} is defective"),
           ("We are sorry! Please send us a photo and we will replace it free of charge.",
            "Sorry about that. Send a picture of the problem and we will ship a new one."),
           ("the item came with a defect, what can you do", "it is faulty and does not work")),
    Intent("discount",
           ("Is there a coupon for the {p}?", "Any discount on the {p} today?",
            "Can I get a lower price for the {p}?", "do you have a promo code for {p}",
            "is the {p} on sale"),
           ("You can claim the shop coupon on the product page: 20 off orders over 199.",),
           ("can you give me a better deal", "are there any offers running right now")),
    Intent("change_address",
           ("Can I change the shipping address for my {p}?", "I typed the wrong address",
            "please update my delivery address", "how do I modify the address on my order",
            "send the {p} to a different address"),
           ("If it has not shipped yet we can change it: please send the new address here.",),
           ("I moved, can the package go to my new home", "my address on the order is wrong")),
    Intent("cancel",
           ("I want to cancel my order for the {p}", "How do I cancel the {p} order?",
            "please cancel my purchase", "can I still cancel before it ships",
            "cancel the {p} please"),
           ("Orders that have not shipped can be cancelled; the refund returns in 1-3 days.",),
           ("I no longer want it, stop the order", "I ordered by mistake, undo it")),
    Intent("material",
           ("What is the {p} made of?", "Is the {p} pure cotton?", "What material is the {p}?",
            "fabric composition of the {p}", "is the {p} natural fibre"),
           ("It is 100% cotton, soft and breathable; the label lists the full composition.",),
           ("what fabric is used", "tell me about the materials")),
    Intent("tracking",
           ("Where is my {p}?", "Can you give me the tracking number for my {p}?",
            "how do I track my parcel", "the tracking of my {p} has not updated",
            "which courier carries the {p}"),
           ("Your parcel goes by SF Express; the tracking number is in your order details.",),
           ("I want to follow my package status", "which express company did you use")),
    Intent("refund_status",
           ("When will I get my refund for the {p}?", "My refund has not arrived",
            "how long does the refund take", "I returned the {p}, where is my money",
            "refund status for the {p}"),
           ("Refunds are issued within 24 hours of receiving the return; banks take 1-3 days.",),
           ("I sent it back last week and still no money", "has my reimbursement been processed")),
)
