-- The sample shop's tables (schema public). Foreign keys and indexes follow in constraints.sql, after COPY.
-- The comments describe every table and column: they are what natural-language questions are matched against.
CREATE TABLE people (
    id          integer PRIMARY KEY,
    name        text NOT NULL,
    email       text NOT NULL UNIQUE,
    address     text NOT NULL,
    city        text NOT NULL,
    state       text NOT NULL,
    postal_code text NOT NULL,
    country     text NOT NULL,
    region      text NOT NULL,
    latitude    numeric(9, 6) NOT NULL,
    longitude   numeric(9, 6) NOT NULL,
    birth_date  date NOT NULL,
    source      text NOT NULL,
    created_at  timestamptz NOT NULL
);
COMMENT ON TABLE people IS 'Customers of the sample shop: one row per person who signed up, with where they live.';
COMMENT ON COLUMN people.id IS 'Customer number, in sign-up order.';
COMMENT ON COLUMN people.name IS 'Full name of the customer.';
COMMENT ON COLUMN people.email IS 'E-mail address of the customer; unique.';
COMMENT ON COLUMN people.address IS 'Street address.';
COMMENT ON COLUMN people.city IS 'City the customer lives in.';
COMMENT ON COLUMN people.state IS 'State, province or county within the country.';
COMMENT ON COLUMN people.postal_code IS 'Postal code (ZIP code in the United States).';
COMMENT ON COLUMN people.country IS 'Country the customer lives in, e.g. United States, Germany, Japan.';
COMMENT ON COLUMN people.region IS 'Sales region: North America, Europe, Asia Pacific or Latin America.';
COMMENT ON COLUMN people.latitude IS 'Latitude of the customer''s home in degrees (WGS 84).';
COMMENT ON COLUMN people.longitude IS 'Longitude of the customer''s home in degrees (WGS 84).';
COMMENT ON COLUMN people.birth_date IS 'Date of birth, for age groups.';
COMMENT ON COLUMN people.source IS 'How the customer found the shop: Organic, Google, Facebook, Affiliate or Twitter.';
COMMENT ON COLUMN people.created_at IS 'When the customer signed up.';

CREATE TABLE products (
    id         integer PRIMARY KEY,
    ean        text NOT NULL UNIQUE CHECK (ean ~ '^[0-9]{13}$'),
    title      text NOT NULL,
    category   text NOT NULL,
    vendor     text NOT NULL,
    price      numeric(10, 2) NOT NULL CHECK (price > 0),
    rating     numeric(2, 1) NOT NULL CHECK (rating BETWEEN 0 AND 5),
    created_at timestamptz NOT NULL
);
COMMENT ON TABLE products IS 'The products the shop sells.';
COMMENT ON COLUMN products.id IS 'Product number.';
COMMENT ON COLUMN products.ean IS 'EAN-13 barcode (European Article Number), 13 digits.';
COMMENT ON COLUMN products.title IS 'Product name.';
COMMENT ON COLUMN products.category IS 'Product category: Gadget, Widget, Gizmo or Doohickey.';
COMMENT ON COLUMN products.vendor IS 'Company that makes and supplies the product.';
COMMENT ON COLUMN products.price IS 'Current list price per unit in US dollars, before tax.';
COMMENT ON COLUMN products.rating IS 'Average customer rating from 0 to 5 stars.';
COMMENT ON COLUMN products.created_at IS 'When the product was first offered (launch date).';

CREATE TABLE orders (
    id         integer PRIMARY KEY,
    person_id  integer NOT NULL,
    created_at timestamptz NOT NULL,
    status     text NOT NULL CHECK (status IN ('completed', 'shipped', 'cancelled', 'refunded')),
    subtotal   numeric(10, 2) NOT NULL,
    tax        numeric(10, 2) NOT NULL,
    discount   numeric(10, 2),
    total      numeric(10, 2) NOT NULL,
    quantity   integer NOT NULL CHECK (quantity > 0)
);
COMMENT ON TABLE orders IS 'Orders placed by customers; one row per order (its products are in order_lines). Revenue and sales are usually the sum of total.';
COMMENT ON COLUMN orders.id IS 'Order number, in the order they were placed.';
COMMENT ON COLUMN orders.person_id IS 'The customer who placed the order (people.id).';
COMMENT ON COLUMN orders.created_at IS 'When the order was placed.';
COMMENT ON COLUMN orders.status IS 'completed (delivered), shipped (on its way), cancelled (before shipping) or refunded (money returned).';
COMMENT ON COLUMN orders.subtotal IS 'Sum of the order lines'' totals in US dollars, before discount and tax.';
COMMENT ON COLUMN orders.tax IS 'Sales tax (VAT, GST) in US dollars at the customer''s country rate, on the discounted subtotal.';
COMMENT ON COLUMN orders.discount IS 'Coupon or promotion discount in US dollars; empty when none applied.';
COMMENT ON COLUMN orders.total IS 'Amount charged in US dollars: subtotal + tax - discount.';
COMMENT ON COLUMN orders.quantity IS 'Number of units ordered, over all lines.';

CREATE TABLE order_lines (
    id         integer PRIMARY KEY,
    order_id   integer NOT NULL,
    product_id integer NOT NULL,
    quantity   integer NOT NULL CHECK (quantity > 0),
    unit_price numeric(10, 2) NOT NULL,
    line_total numeric(10, 2) NOT NULL
);
COMMENT ON TABLE order_lines IS 'The products in each order: one row per product and order.';
COMMENT ON COLUMN order_lines.id IS 'Order line number.';
COMMENT ON COLUMN order_lines.order_id IS 'The order this line belongs to (orders.id).';
COMMENT ON COLUMN order_lines.product_id IS 'The product ordered (products.id).';
COMMENT ON COLUMN order_lines.quantity IS 'Number of units of the product.';
COMMENT ON COLUMN order_lines.unit_price IS 'Price per unit in US dollars when ordered.';
COMMENT ON COLUMN order_lines.line_total IS 'quantity * unit_price in US dollars.';

CREATE TABLE reviews (
    id         integer PRIMARY KEY,
    product_id integer NOT NULL,
    person_id  integer NOT NULL,
    rating     smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body       text NOT NULL,
    created_at timestamptz NOT NULL
);
COMMENT ON TABLE reviews IS 'Product reviews written by customers who bought the product.';
COMMENT ON COLUMN reviews.id IS 'Review number.';
COMMENT ON COLUMN reviews.product_id IS 'The product reviewed (products.id).';
COMMENT ON COLUMN reviews.person_id IS 'The customer who wrote the review (people.id).';
COMMENT ON COLUMN reviews.rating IS 'Stars given, from 1 (bad) to 5 (excellent).';
COMMENT ON COLUMN reviews.body IS 'Text of the review.';
COMMENT ON COLUMN reviews.created_at IS 'When the review was written.';
